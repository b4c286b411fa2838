package kg.kichi.json.model;

import static kg.kichi.json.codec.Members.list;
import static kg.kichi.json.codec.Members.member;

import java.util.List;
import java.util.Optional;
import kg.kichi.core.classification.Classification;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.money.Money;
import kg.kichi.core.project.Activity;
import kg.kichi.core.project.Participation;
import kg.kichi.core.project.Project;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.time.DatePeriod;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.json.codec.Codec;
import kg.kichi.json.codec.Cursor;
import kg.kichi.json.codec.Fields;
import kg.kichi.json.codec.Members;
import kg.kichi.json.codec.Out;
import kg.kichi.json.codec.Scalars;
import kg.kichi.json.value.ClassificationCodec;
import kg.kichi.json.value.DatePeriodCodec;
import kg.kichi.json.value.LocalizedTextCodec;
import kg.kichi.json.value.MoneyCodec;
import kg.kichi.json.value.RegionalCoverageCodec;
import tools.jackson.core.JsonGenerator;

/**
 * {@link Project}: {@code id, title, programme, participants, period, budget, coverage, objectives, activities,
 * targetGroups, themes, description}.
 */
public final class ProjectCodec implements Codec<Project> {
    /** The instance. */
    public static final ProjectCodec INSTANCE = new ProjectCodec();

    private static final Members MEMBERS = Members.of(member("id", Scalars.STRING),
            member("title", LocalizedTextCodec.INSTANCE), member("programme", Scalars.STRING),
            list("participants", ParticipationCodec.INSTANCE), member("period", DatePeriodCodec.INSTANCE),
            member("budget", MoneyCodec.INSTANCE), member("coverage", RegionalCoverageCodec.INSTANCE),
            list("objectives", LocalizedTextCodec.INSTANCE), list("activities", ActivityCodec.INSTANCE),
            list("targetGroups", LocalizedTextCodec.INSTANCE), list("themes", ClassificationCodec.INSTANCE),
            member("description", LocalizedTextCodec.INSTANCE));

    private ProjectCodec() {}

    @Override
    public Project read(Cursor in) {
        Fields f = in.object(MEMBERS);
        if (f == null) {
            return null;
        }
        String id = f.get("id", Scalars.STRING);
        LocalizedText title = f.get("title", LocalizedTextCodec.INSTANCE);
        String programme = f.get("programme", Scalars.STRING);
        List<Participation> participants = f.list("participants", ParticipationCodec.INSTANCE);
        DatePeriod period = f.get("period", DatePeriodCodec.INSTANCE);
        Money budget = f.get("budget", MoneyCodec.INSTANCE);
        RegionalCoverage coverage = f.get("coverage", RegionalCoverageCodec.INSTANCE);
        List<LocalizedText> objectives = f.list("objectives", LocalizedTextCodec.INSTANCE);
        List<Activity> activities = f.list("activities", ActivityCodec.INSTANCE);
        List<LocalizedText> targetGroups = f.list("targetGroups", LocalizedTextCodec.INSTANCE);
        List<Classification> themes = f.list("themes", ClassificationCodec.INSTANCE);
        LocalizedText description = f.get("description", LocalizedTextCodec.INSTANCE);
        var extensions = f.extensions();
        try {
            return f.built(Project.builder().id(id).title(title).programme(Optional.ofNullable(programme))
                    .participants(participants).period(Optional.ofNullable(period)).budget(Optional.ofNullable(budget))
                    .coverage(coverage == null ? RegionalCoverage.notStated() : coverage).objectives(objectives)
                    .activities(activities).targetGroups(targetGroups).themes(themes)
                    .description(Optional.ofNullable(description)).extensions(extensions).build());
        } catch (InvalidModelException e) {
            return f.invalid(e);
        }
    }

    @Override
    public void write(Project value, JsonGenerator out) {
        out.writeStartObject();
        Out.member(out, "id", value.getId(), Scalars.STRING);
        Out.member(out, "title", value.getTitle(), LocalizedTextCodec.INSTANCE);
        Out.optional(out, "programme", value.getProgramme(), Scalars.STRING);
        Out.list(out, "participants", value.getParticipants(), ParticipationCodec.INSTANCE);
        Out.optional(out, "period", value.getPeriod(), DatePeriodCodec.INSTANCE);
        Out.optional(out, "budget", value.getBudget(), MoneyCodec.INSTANCE);
        Out.member(out, "coverage", value.getCoverage(), RegionalCoverageCodec.INSTANCE);
        Out.list(out, "objectives", value.getObjectives(), LocalizedTextCodec.INSTANCE);
        Out.list(out, "activities", value.getActivities(), ActivityCodec.INSTANCE);
        Out.list(out, "targetGroups", value.getTargetGroups(), LocalizedTextCodec.INSTANCE);
        Out.list(out, "themes", value.getThemes(), ClassificationCodec.INSTANCE);
        Out.optional(out, "description", value.getDescription(), LocalizedTextCodec.INSTANCE);
        Out.extensions(out, value.getExtensions());
        out.writeEndObject();
    }
}
