/**
 * Kichi's JSON codecs (Jackson 3): the {@code KichiModule}, the document reader and writer (streaming), and
 * (by another package) the 360Giving export.
 */
module kg.kichi.json {
    requires transitive kg.kichi.core;
    requires transitive tools.jackson.databind;

    exports kg.kichi.json;
    exports kg.kichi.json.codec;
    exports kg.kichi.json.value;
    exports kg.kichi.json.model;
    exports kg.kichi.json.stream;
    exports kg.kichi.json.giving360;
    exports kg.kichi.json.quality;

    provides tools.jackson.databind.JacksonModule with kg.kichi.json.KichiModule;
}
