package kg.kichi.json.stream;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import kg.kichi.core.application.Application;
import kg.kichi.core.call.CallForProposals;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.organisation.Organisation;
import kg.kichi.core.programme.DonorProgramme;
import kg.kichi.core.project.Project;

/**
 * Receives the objects of a document as a streaming read finds them; override the methods of the collections
 * you want. Each object received is valid on its own; references between objects are checked as the read goes
 * and reported at the end, by the reader's integrity check. The 360Giving reader
 * ({@link kg.kichi.json.giving360.Giving360Reader#stream}) hands over its grants first, then what they share.
 *
 * <p>A lambda will do when one kind of object matters, or every object alike:
 *
 * <pre>{@code
 * reader.stream(in, DocumentHandler.forEach(Grant.class, grant -> totals.add(grant)));
 * reader.stream(in, DocumentHandler.of((section, value) -> counts.merge(section, 1, Integer::sum)));
 * }</pre>
 */
public interface DocumentHandler {
    /**
     * A handler that gives every object to one action, with its collection.
     *
     * @param action receives each object and the collection it belongs to
     * @return the handler
     * @throws NullPointerException naming {@code action} when it is null
     */
    static DocumentHandler of(BiConsumer<? super Section, Object> action) {
        Objects.requireNonNull(action, "action");
        return new DocumentHandler() {
            @Override
            public void accept(Section section, Object value) {
                action.accept(section, value);
            }
        };
    }

    /**
     * A handler that gives the objects of one type to an action and passes over the others.
     *
     * @param type the model type wanted, e.g. {@code Grant.class}
     * @param action receives each object of that type, in document order
     * @param <T> the type
     * @return the handler
     * @throws NullPointerException naming {@code type} or {@code action} when it is null
     */
    static <T> DocumentHandler forEach(Class<T> type, Consumer<? super T> action) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(action, "action");
        return of((section, value) -> {
            if (type.isInstance(value)) {
                action.accept(type.cast(value));
            }
        });
    }

    /** @param value an organisation */
    default void organisation(Organisation value) {}

    /** @param value a programme */
    default void programme(DonorProgramme value) {}

    /** @param value a project */
    default void project(Project value) {}

    /** @param value a call for proposals */
    default void call(CallForProposals value) {}

    /** @param value an application */
    default void application(Application value) {}

    /** @param value a grant */
    default void grant(Grant value) {}

    /** @param value a reviewer */
    default void reviewer(kg.kichi.core.evaluation.Reviewer value) {}

    /** @param value a review */
    default void review(kg.kichi.core.evaluation.Review value) {}

    /**
     * Receives an object with its place in the document: its JSON Pointer is {@code /<section>/<index>}. By
     * default hands it on to {@link #accept(Section, Object)}; override to know where each object stands.
     *
     * @param section the collection
     * @param index the object's index in the collection, counting the invalid objects that were not handed over
     * @param value the object
     */
    default void element(Section section, int index, Object value) {
        accept(section, value);
    }

    /**
     * Dispatches an object to the method of its collection.
     *
     * @param section the collection
     * @param value the object
     */
    default void accept(Section section, Object value) {
        switch (section) {
            case ORGANISATIONS:
                organisation((Organisation) value);
                break;
            case PROGRAMMES:
                programme((DonorProgramme) value);
                break;
            case PROJECTS:
                project((Project) value);
                break;
            case CALLS:
                call((CallForProposals) value);
                break;
            case APPLICATIONS:
                application((Application) value);
                break;
            case REVIEWERS:
                reviewer((kg.kichi.core.evaluation.Reviewer) value);
                break;
            case REVIEWS:
                review((kg.kichi.core.evaluation.Review) value);
                break;
            default:
                grant((Grant) value);
        }
    }
}
