package kg.kichi.cli.report;

import java.util.Optional;

/**
 * A project's grant component with the counts its source states and the number of its grants the dataset lists:
 * "25 small grants for local self-government bodies: 25 planned, 25 awarded, 0 listed".
 *
 * @param project the project's title
 * @param id the component's identifier
 * @param title the component's title
 * @param planned grants planned, when stated
 * @param awarded grants awarded, when stated
 * @param listed grants of the dataset that name this component
 */
public record ComponentCount(String project, String id, String title, Optional<Integer> planned,
        Optional<Integer> awarded, int listed) {
}
