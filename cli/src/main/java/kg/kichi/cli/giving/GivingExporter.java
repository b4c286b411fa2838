package kg.kichi.cli.giving;

import kg.kichi.core.catalogue.Catalogue;

/** Exports a dataset as a 360Giving package. */
@FunctionalInterface
public interface GivingExporter {
    /**
     * Exports.
     *
     * @param catalogue the dataset
     * @return the package, or one line per grant lacking required fields
     */
    GivingExport export(Catalogue catalogue);
}
