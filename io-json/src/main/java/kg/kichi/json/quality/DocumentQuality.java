package kg.kichi.json.quality;

import java.io.InputStream;
import java.util.Objects;
import kg.kichi.core.application.Application;
import kg.kichi.core.call.CallForProposals;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.organisation.Organisation;
import kg.kichi.core.programme.DonorProgramme;
import kg.kichi.core.project.Project;
import kg.kichi.core.quality.QualityAnalysis;
import kg.kichi.json.InvalidDocumentException;
import kg.kichi.json.KichiReader;
import kg.kichi.json.stream.Section;
import kg.kichi.json.stream.DocumentHandler;
import kg.kichi.json.stream.DocumentSummary;

/**
 * Feeds a document to a {@link QualityAnalysis} while it streams, each object with its JSON Pointer
 * ({@code /grants/12}): the document is validated and checked in one pass, in the memory streaming validation
 * takes plus what the analysis keeps.
 */
public final class DocumentQuality {
    private DocumentQuality() {}

    /**
     * Streams one document into an analysis, as one document of it.
     *
     * @param reader the reader (mode and limits)
     * @param in the document; not closed
     * @param name the document's name in the findings, e.g. its file name
     * @param analysis the analysis, between documents
     * @return the document's envelope and counts
     * @throws InvalidDocumentException with every problem, when the document is invalid: the analysis is then
     *     left with the document open, and its report must not be used
     * @throws java.io.UncheckedIOException when the stream fails
     */
    public static DocumentSummary analyse(KichiReader reader, InputStream in, String name, QualityAnalysis analysis) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(analysis, "analysis");
        analysis.startDocument(name);
        DocumentSummary summary = reader.stream(in, new Handler(analysis));
        analysis.endDocument();
        return summary;
    }

    /** Hands each object on with its pointer; the pointer's prefix per section is built once. */
    private static final class Handler implements DocumentHandler {
        private final QualityAnalysis analysis;
        private final String[] prefixes = new String[Section.values().length];

        Handler(QualityAnalysis analysis) {
            this.analysis = analysis;
            for (Section s : Section.values()) {
                prefixes[s.ordinal()] = "/" + s.member() + "/";
            }
        }

        @Override
        public void element(Section section, int index, Object value) {
            if (section == Section.REVIEWERS || section == Section.REVIEWS) {
                return; // no check looks at them: no pointer to build
            }
            String pointer = prefixes[section.ordinal()] + index;
            switch (section) {
                case ORGANISATIONS:
                    analysis.organisation((Organisation) value, pointer);
                    break;
                case PROGRAMMES:
                    analysis.programme((DonorProgramme) value, pointer);
                    break;
                case PROJECTS:
                    analysis.project((Project) value, pointer);
                    break;
                case CALLS:
                    analysis.call((CallForProposals) value, pointer);
                    break;
                case APPLICATIONS:
                    analysis.application((Application) value, pointer);
                    break;
                case GRANTS:
                    analysis.grant((Grant) value, pointer);
                    break;
                default:
                    break; // reviewers and reviews: no quality check looks at them yet
            }
        }
    }
}
