/** A user's application that uses Kichi as a named module. */
module org.example.grants {
    requires kg.kichi.json;
    requires kg.kichi.examples;

    exports org.example.grants;
    // the default Bean Validation provider reads the constraints of the application's own classes
    opens org.example.grants to org.hibernate.validator;
}
