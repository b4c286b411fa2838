/**
 * Kichi's JSON codecs (Jackson 3): the {@code KichiModule}, the document reader and writer (streaming), and
 * (by another package) the 360Giving export.
 */
module kg.kichi.json {
    requires transitive kg.kichi.core;
    requires transitive tools.jackson.databind;

    exports kg.kichi.json;
    exports kg.kichi.json.stream;
    exports kg.kichi.json.giving360;
    exports kg.kichi.json.quality;
    // kg.kichi.json.internal.* (the codec framework, the codecs of the model and of its values) is not API

    provides tools.jackson.databind.JacksonModule with kg.kichi.json.KichiModule;
}
