package kg.kichi.json.stream;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import kg.kichi.core.application.Application;
import kg.kichi.core.call.CallForProposals;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.organisation.Organisation;
import kg.kichi.core.programme.DonorProgramme;
import kg.kichi.core.project.Project;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.time.DatePeriod;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.Extensions;
import kg.kichi.json.internal.model.Envelope;
import kg.kichi.json.internal.model.SectionCodecs;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a document one object at a time, in constant memory: the envelope first, then the objects of each
 * collection in the format's order (organisations, programmes, projects, calls, applications, grants), then the
 * envelope's extensions on {@link #close()}.
 *
 * <pre>{@code
 * try (DocumentWriter out = KichiJson.writer(stream).start("dataset-1", title, null)) {
 *     organisations.forEach(out::organisation);
 *     grantsFromDatabase.forEach(out::grant);
 * }
 * }</pre>
 *
 * <p>Writing an object of an earlier collection after a later one is an {@link IllegalStateException}.
 */
public final class DocumentWriter implements AutoCloseable {
    private final JsonGenerator out;
    private final Map<String, String> extensions = new LinkedHashMap<>();
    private Section open;
    private boolean started;
    private boolean closed;

    /**
     * @param out the generator to write to; closed by {@link #close()}. Lone surrogates in any text are written as
     *     {@code \}{@code uXXXX} escapes, so whatever a lenient read accepted is written back.
     */
    public DocumentWriter(JsonGenerator out) {
        this.out = new SurrogateSafeGenerator(out);
    }

    /**
     * Writes the envelope's head.
     *
     * @param id the dataset id
     * @param title the title, or null
     * @param publisher the publisher, or null
     * @return this writer
     */
    public DocumentWriter start(String id, LocalizedText title, LocalizedText publisher) {
        return start(id, title, null, publisher);
    }

    /**
     * Writes the envelope's head.
     *
     * @param id the dataset id
     * @param title the title, or null
     * @param reportingPeriod the period the dataset's source reports on, or null
     * @param publisher the publisher, or null
     * @return this writer
     */
    public DocumentWriter start(String id, LocalizedText title, DatePeriod reportingPeriod, LocalizedText publisher) {
        Map<String, Object> head = new HashMap<>(); // null values: members not given
        head.put("id", id);
        head.put("title", title);
        head.put("reportingPeriod", reportingPeriod);
        head.put("publisher", publisher);
        begin();
        Envelope.MEMBERS.writeHead(out, head);
        return this;
    }

    /**
     * Writes a whole catalogue's envelope head and keeps its extensions for {@link #close()}.
     *
     * @param catalogue the catalogue whose envelope members (id, title, reporting period, publisher) and extensions
     *     to write
     * @return this writer
     */
    public DocumentWriter start(Catalogue catalogue) {
        Objects.requireNonNull(catalogue, "catalogue");
        begin();
        Envelope.MEMBERS.writeHead(out, catalogue);
        return extensions(catalogue.getExtensions());
    }

    private void begin() {
        if (started) {
            throw new IllegalStateException("the document was already started");
        }
        started = true;
        out.writeStartObject();
    }

    /**
     * Keeps members to write at the end of the envelope (the catalogue's extensions).
     *
     * @param members name → JSON text
     * @return this writer
     */
    public DocumentWriter extensions(Map<String, String> members) {
        extensions.putAll(members);
        return this;
    }

    /**
     * @param value an organisation
     * @return this writer
     */
    public DocumentWriter organisation(Organisation value) {
        return object(Section.ORGANISATIONS, value);
    }

    /**
     * @param value a programme
     * @return this writer
     */
    public DocumentWriter programme(DonorProgramme value) {
        return object(Section.PROGRAMMES, value);
    }

    /**
     * @param value a project
     * @return this writer
     */
    public DocumentWriter project(Project value) {
        return object(Section.PROJECTS, value);
    }

    /**
     * @param value a call for proposals
     * @return this writer
     */
    public DocumentWriter call(CallForProposals value) {
        return object(Section.CALLS, value);
    }

    /**
     * @param value an application
     * @return this writer
     */
    public DocumentWriter application(Application value) {
        return object(Section.APPLICATIONS, value);
    }

    /**
     * @param value a grant
     * @return this writer
     */
    public DocumentWriter grant(Grant value) {
        return object(Section.GRANTS, value);
    }

    /**
     * @param value a reviewer
     * @return this writer
     */
    public DocumentWriter reviewer(kg.kichi.core.evaluation.Reviewer value) {
        return object(Section.REVIEWERS, value);
    }

    /**
     * @param value a review
     * @return this writer
     */
    public DocumentWriter review(kg.kichi.core.evaluation.Review value) {
        return object(Section.REVIEWS, value);
    }

    /**
     * Writes every object of a catalogue, collection by collection.
     *
     * @param catalogue the catalogue
     * @return this writer
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public DocumentWriter objects(Catalogue catalogue) {
        for (Section section : Section.values()) {
            for (Object value : section.of(catalogue)) {
                object(section, value);
            }
        }
        return this;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private DocumentWriter object(Section section, Object value) {
        if (!started || closed) {
            throw new IllegalStateException(closed ? "the document is closed" : "start the document first");
        }
        if (open != section) {
            if (open != null && open.ordinal() > section.ordinal()) {
                throw new IllegalStateException(section.member() + " must be written before " + open.member());
            }
            if (open != null) {
                out.writeEndArray();
            }
            out.writeName(section.member());
            out.writeStartArray();
            open = section;
        }
        ((Codec) SectionCodecs.of(section)).write(value, out);
        return this;
    }

    /** Ends the open collection, writes the extensions, ends the envelope and closes the generator. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (started) {
            if (open != null) {
                out.writeEndArray();
            }
            Extensions.write(out, extensions);
            out.writeEndObject();
            out.writeRaw('\n'); // a text file ends with a newline
        }
        out.close();
    }
}
