/** Kichi's JSON codecs (Jackson 3): the {@code KichiModule}, document reader and writer, 360Giving export. */
module kg.kichi.json {
    requires transitive kg.kichi.core;
    requires transitive tools.jackson.databind;

    exports kg.kichi.json.giving360;
}
