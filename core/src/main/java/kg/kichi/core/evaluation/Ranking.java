package kg.kichi.core.evaluation;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kg.kichi.core.application.Application;
import kg.kichi.core.money.Money;

/**
 * Ranks passing applications: by total (or normalised score), highest first; equal keys by the policy's
 * tie-break chain in order ({@link TieBreak#DEFAULT}: section totals in grid order, higher first; requested
 * amount, lower first; submission time, earlier first; application identifier); the identifier always decides
 * last, so the order is total and does not depend on the order of the input.
 */
public final class Ranking {
    private Ranking() {}

    /**
     * Ranks applications.
     *
     * @param scores the scores; only those that {@linkplain ScoreStatus#PASSED passed} are ranked
     * @param applications the applications scored (at least those passing)
     * @param stage the stage scored, for the order of its sections
     * @param policy the policy: ranking basis, tie-breaks, lottery seed
     * @return the ranking, best first
     * @throws IllegalArgumentException if a passing score's application is not given
     */
    public static List<RankedApplication> rank(Collection<ApplicationScore> scores,
            Collection<Application> applications, Stage stage, SelectionPolicy policy) {
        Map<String, Application> byId = new HashMap<>();
        applications.forEach(a -> byId.put(a.getId(), a));
        List<Entry> entries = new ArrayList<>();
        for (ApplicationScore s : scores) {
            if (s.getStatus() != ScoreStatus.PASSED) {
                continue;
            }
            Application a = byId.get(s.getApplication());
            if (a == null) {
                throw new IllegalArgumentException("no application " + s.getApplication() + " to rank");
            }
            BigDecimal key = policy.getRankBy() == RankBasis.NORMALISED ? s.getNormalised().orElseThrow()
                    : s.getTotal().orElseThrow();
            String lottery = policy.getTieBreaks().contains(TieBreak.LOTTERY)
                    ? lottery(policy.getLotterySeed().orElseThrow(), a.getId()) : null;
            entries.add(new Entry(a, s, key, lottery));
        }
        entries.sort((x, y) -> {
            int c = y.key.compareTo(x.key);
            if (c != 0) {
                return c;
            }
            for (TieBreak t : policy.getTieBreaks()) {
                c = compare(t, x, y, stage);
                if (c != 0) {
                    return c;
                }
            }
            return Ids.compare(x.application.getId(), y.application.getId());
        });
        List<RankedApplication> ranking = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            TieBreak decidedBy = null;
            if (i > 0 && entries.get(i - 1).key.compareTo(e.key) == 0) {
                decidedBy = TieBreak.APPLICATION_ID;
                for (TieBreak t : policy.getTieBreaks()) {
                    if (compare(t, entries.get(i - 1), e, stage) != 0) {
                        decidedBy = t;
                        break;
                    }
                }
            }
            ranking.add(new RankedApplication(i + 1, e.application, e.score, e.key, decidedBy));
        }
        return ranking;
    }

    /**
     * The lottery ticket of an application: the lowercase hexadecimal SHA-256 of {@code seed + ":" + id} in UTF-8.
     *
     * @param seed the policy's lottery seed
     * @param applicationId the application
     * @return 64 lowercase hexadecimal digits; lower wins
     */
    public static String lottery(String seed, String applicationId) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((seed + ":" + applicationId).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }

    private static int compare(TieBreak t, Entry x, Entry y, Stage stage) {
        switch (t) {
            case SECTION_TOTALS:
                for (Section s : stage.getSections()) {
                    int c = y.score.getSectionTotals().get(s.getId()).compareTo(x.score.getSectionTotals().get(s.getId()));
                    if (c != 0) {
                        return c;
                    }
                }
                return 0;
            case REQUESTED_AMOUNT:
                return compareAmounts(x.application.getRequestedAmount(), y.application.getRequestedAmount());
            case SUBMISSION_TIME:
                if (x.application.getSubmittedAt().isPresent() && y.application.getSubmittedAt().isPresent()) {
                    return x.application.getSubmittedAt().get().toInstant()
                            .compareTo(y.application.getSubmittedAt().get().toInstant());
                }
                return Boolean.compare(x.application.getSubmittedAt().isEmpty(),
                        y.application.getSubmittedAt().isEmpty());
            case LOTTERY:
                return x.lottery.compareTo(y.lottery);
            default:
                return Ids.compare(x.application.getId(), y.application.getId());
        }
    }

    private static int compareAmounts(Optional<Money> x, Optional<Money> y) {
        if (x.isPresent() && y.isPresent()) {
            int c = x.get().getCurrencyCode().compareTo(y.get().getCurrencyCode());
            return c != 0 ? c : x.get().getAmount().compareTo(y.get().getAmount());
        }
        return Boolean.compare(x.isEmpty(), y.isEmpty());
    }

    private static final class Entry {
        final Application application;
        final ApplicationScore score;
        final BigDecimal key;
        final String lottery;

        Entry(Application application, ApplicationScore score, BigDecimal key, String lottery) {
            this.application = application;
            this.score = score;
            this.key = key;
            this.lottery = lottery;
        }
    }
}
