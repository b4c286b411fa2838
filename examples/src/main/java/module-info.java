/**
 * Kichi's example fixtures: the five seed press releases encoded as Kichi JSON documents, returned typed by
 * {@link kg.kichi.examples.ExampleCatalogues}.
 */
module kg.kichi.examples {
    requires transitive kg.kichi.core;
    requires transitive kg.kichi.json;

    exports kg.kichi.examples;
}
