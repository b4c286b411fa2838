package kg.kichi.json.stream;

import java.util.ArrayList;
import java.util.List;
import kg.kichi.core.application.Application;
import kg.kichi.core.call.CallForProposals;
import kg.kichi.core.evaluation.Review;
import kg.kichi.core.evaluation.Reviewer;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.organisation.Organisation;
import kg.kichi.core.programme.DonorProgramme;
import kg.kichi.core.project.Project;

/**
 * A handler that notes each object it is given as {@code "<collection> <id>"} ({@code "grant grant-nedc"}), in the
 * order given, through the method of its collection: what a streaming read handed over, for tests to compare.
 */
public final class RecordingHandler implements DocumentHandler {
    private final List<String> seen = new ArrayList<>();

    /** @return what was handed over so far, in order */
    public List<String> seen() {
        return seen;
    }

    @Override
    public void organisation(Organisation value) {
        seen.add("organisation " + value.getId());
    }

    @Override
    public void programme(DonorProgramme value) {
        seen.add("programme " + value.getId());
    }

    @Override
    public void project(Project value) {
        seen.add("project " + value.getId());
    }

    @Override
    public void call(CallForProposals value) {
        seen.add("call " + value.getId());
    }

    @Override
    public void application(Application value) {
        seen.add("application " + value.getId());
    }

    @Override
    public void grant(Grant value) {
        seen.add("grant " + value.getId());
    }

    @Override
    public void reviewer(Reviewer value) {
        seen.add("reviewer " + value.getId());
    }

    @Override
    public void review(Review value) {
        seen.add("review " + value.getId());
    }
}
