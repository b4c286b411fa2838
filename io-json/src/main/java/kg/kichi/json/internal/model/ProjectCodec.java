package kg.kichi.json.internal.model;

import static kg.kichi.json.internal.codec.Members.list;
import static kg.kichi.json.internal.codec.Members.member;

import java.util.List;
import java.util.Optional;
import kg.kichi.core.classification.Classification;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.money.Money;
import kg.kichi.core.project.Activity;
import kg.kichi.core.project.GrantComponent;
import kg.kichi.core.project.Participation;
import kg.kichi.core.project.Project;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.time.DatePeriod;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.Cursor;
import kg.kichi.json.internal.codec.Fields;
import kg.kichi.json.internal.codec.Members;
import kg.kichi.json.internal.codec.Members.ListMember;
import kg.kichi.json.internal.codec.Members.Member;
import kg.kichi.json.internal.codec.Out;
import kg.kichi.json.internal.codec.Scalars;
import kg.kichi.json.internal.value.ClassificationCodec;
import kg.kichi.json.internal.value.DatePeriodCodec;
import kg.kichi.json.internal.value.LocalizedTextCodec;
import kg.kichi.json.internal.value.MoneyCodec;
import kg.kichi.json.internal.value.RegionalCoverageCodec;
import tools.jackson.core.JsonGenerator;

/**
 * {@link Project}: {@code id, title, programme, participants, period, budget, coverage, objectives, activities,
 * grantComponents, targetGroups, themes, description}.
 */
public final class ProjectCodec implements Codec<Project> {
    /** The instance. */
    public static final ProjectCodec INSTANCE = new ProjectCodec();

    private static final Member<String> ID = member("id", Scalars.STRING);
    private static final Member<LocalizedText> TITLE = member("title", LocalizedTextCodec.INSTANCE);
    private static final Member<String> PROGRAMME = member("programme", Scalars.STRING);
    private static final ListMember<Participation> PARTICIPANTS = list("participants", ParticipationCodec.INSTANCE);
    private static final Member<DatePeriod> PERIOD = member("period", DatePeriodCodec.INSTANCE);
    private static final Member<Money> BUDGET = member("budget", MoneyCodec.INSTANCE);
    private static final Member<RegionalCoverage> COVERAGE = member("coverage", RegionalCoverageCodec.INSTANCE);
    private static final ListMember<LocalizedText> OBJECTIVES = list("objectives", LocalizedTextCodec.INSTANCE);
    private static final ListMember<Activity> ACTIVITIES = list("activities", ActivityCodec.INSTANCE);
    private static final ListMember<GrantComponent> GRANT_COMPONENTS = list("grantComponents",
            GrantComponentCodec.INSTANCE);
    private static final ListMember<LocalizedText> TARGET_GROUPS = list("targetGroups", LocalizedTextCodec.INSTANCE);
    private static final ListMember<Classification> THEMES = list("themes", ClassificationCodec.INSTANCE);
    private static final Member<LocalizedText> DESCRIPTION = member("description", LocalizedTextCodec.INSTANCE);
    private static final Members MEMBERS = Members.of(ID, TITLE, PROGRAMME, PARTICIPANTS, PERIOD, BUDGET, COVERAGE,
            OBJECTIVES, ACTIVITIES, GRANT_COMPONENTS, TARGET_GROUPS, THEMES, DESCRIPTION);

    private ProjectCodec() {}

    @Override
    public Project read(Cursor in) {
        Fields f = in.object(MEMBERS);
        if (f == null) {
            return null;
        }
        String id = f.get(ID);
        LocalizedText title = f.get(TITLE);
        String programme = f.get(PROGRAMME);
        List<Participation> participants = f.list(PARTICIPANTS);
        DatePeriod period = f.get(PERIOD);
        Money budget = f.get(BUDGET);
        RegionalCoverage coverage = f.get(COVERAGE);
        List<LocalizedText> objectives = f.list(OBJECTIVES);
        List<Activity> activities = f.list(ACTIVITIES);
        List<GrantComponent> components = f.list(GRANT_COMPONENTS);
        List<LocalizedText> targetGroups = f.list(TARGET_GROUPS);
        List<Classification> themes = f.list(THEMES);
        LocalizedText description = f.get(DESCRIPTION);
        var extensions = f.extensions();
        try {
            Project.Builder b = Project.builder().id(id).title(title).programme(Optional.ofNullable(programme))
                    .participants(participants).period(Optional.ofNullable(period)).budget(Optional.ofNullable(budget))
                    .coverage(coverage == null ? RegionalCoverage.notStated() : coverage).objectives(objectives)
                    .activities(activities).grantComponents(components).targetGroups(targetGroups).themes(themes)
                    .description(Optional.ofNullable(description));
            if (!extensions.isEmpty()) { // left unset when empty, the builder allocates no map
                b.extensions(extensions);
            }
            return f.built(b.build());
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
        Out.list(out, "grantComponents", value.getGrantComponents(), GrantComponentCodec.INSTANCE);
        Out.list(out, "targetGroups", value.getTargetGroups(), LocalizedTextCodec.INSTANCE);
        Out.list(out, "themes", value.getThemes(), ClassificationCodec.INSTANCE);
        Out.optional(out, "description", value.getDescription(), LocalizedTextCodec.INSTANCE);
        Out.extensions(out, value.getExtensions());
        out.writeEndObject();
    }
}
