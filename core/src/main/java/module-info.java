/**
 * Kichi's object model of donor-funded grant programmes: immutable, always valid, free of any JSON library.
 *
 * <p>Packages by domain concept: {@code organisation}, {@code programme}, {@code project}, {@code call},
 * {@code application}, {@code grant}, {@code geo} (with {@code geo.gazetteer} and {@code geo.resolve}), {@code catalogue}, {@code eligibility}, {@code evaluation}; and the small values they are made of:
 * {@code text}, {@code money}, {@code time}, {@code classification}. {@code validation} holds the typed
 * exception every builder throws and the custom constraints.
 */
module kg.kichi.core {
    requires static org.immutables.value.annotations;
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    requires java.logging;

    exports kg.kichi.core;
    exports kg.kichi.core.validation;
    exports kg.kichi.core.text;
    exports kg.kichi.core.money;
    exports kg.kichi.core.time;
    exports kg.kichi.core.classification;
    exports kg.kichi.core.geo;
    exports kg.kichi.core.geo.gazetteer;
    exports kg.kichi.core.geo.resolve;
    exports kg.kichi.core.organisation;
    exports kg.kichi.core.programme;
    exports kg.kichi.core.project;
    exports kg.kichi.core.call;
    exports kg.kichi.core.application;
    exports kg.kichi.core.grant;
    exports kg.kichi.core.catalogue;
    exports kg.kichi.core.quality;
    exports kg.kichi.core.eligibility;
    exports kg.kichi.core.evaluation;
    // keyed hashing of untrusted ids (KeyedHash), shared with the JSON reader's streaming checks; not API
    exports kg.kichi.core.internal to kg.kichi.json;

    // Hibernate Validator reads the constraints of the abstract value types reflectively.
    opens kg.kichi.core.organisation to org.hibernate.validator;
    opens kg.kichi.core.programme to org.hibernate.validator;
    opens kg.kichi.core.project to org.hibernate.validator;
    opens kg.kichi.core.call to org.hibernate.validator;
    opens kg.kichi.core.application to org.hibernate.validator;
    opens kg.kichi.core.grant to org.hibernate.validator;
    opens kg.kichi.core.catalogue to org.hibernate.validator;
    opens kg.kichi.core.evaluation to org.hibernate.validator;
}
