package kg.kichi.json.internal.model;

import kg.kichi.core.project.Project;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.ObjectCodec;
import kg.kichi.json.internal.codec.Scalars;
import kg.kichi.json.internal.value.ClassificationCodec;
import kg.kichi.json.internal.value.DatePeriodCodec;
import kg.kichi.json.internal.value.LocalizedTextCodec;
import kg.kichi.json.internal.value.MoneyCodec;
import kg.kichi.json.internal.value.RegionalCoverageCodec;

/** {@link Project}. */
public final class ProjectCodec {
    /** The codec: its members in the order written. */
    public static final Codec<Project> INSTANCE = ObjectCodec.of(Project::builder, Project.Builder::build)
            .member("id", Scalars.STRING, Project::getId, Project.Builder::id)
            .member("title", LocalizedTextCodec.INSTANCE, Project::getTitle, Project.Builder::title)
            .optional("programme", Scalars.STRING, Project::getProgramme, Project.Builder::programme)
            .list("participants", ParticipationCodec.INSTANCE, Project::getParticipants, Project.Builder::participants)
            .optional("period", DatePeriodCodec.INSTANCE, Project::getPeriod, Project.Builder::period)
            .optional("budget", MoneyCodec.INSTANCE, Project::getBudget, Project.Builder::budget)
            .member("coverage", RegionalCoverageCodec.INSTANCE, Project::getCoverage, Project.Builder::coverage)
            .list("objectives", LocalizedTextCodec.INSTANCE, Project::getObjectives, Project.Builder::objectives)
            .list("activities", ActivityCodec.INSTANCE, Project::getActivities, Project.Builder::activities)
            .list("grantComponents", GrantComponentCodec.INSTANCE, Project::getGrantComponents,
                    Project.Builder::grantComponents)
            .list("targetGroups", LocalizedTextCodec.INSTANCE, Project::getTargetGroups, Project.Builder::targetGroups)
            .list("themes", ClassificationCodec.INSTANCE, Project::getThemes, Project.Builder::themes)
            .optional("description", LocalizedTextCodec.INSTANCE, Project::getDescription, Project.Builder::description)
            .extensions(Project::getExtensions, Project.Builder::extensions);

    private ProjectCodec() {}
}
