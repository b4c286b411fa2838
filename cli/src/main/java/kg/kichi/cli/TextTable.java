package kg.kichi.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A table for people: columns padded to their widest cell, numeric columns aligned right, two spaces between
 * columns, no trailing spaces.
 */
public final class TextTable {
    private final List<String> header;
    private final boolean[] rightAligned;
    private final List<List<String>> rows = new ArrayList<>();

    /**
     * Creates a table.
     *
     * @param header the column titles
     * @param rightAligned for each column, whether it is aligned right (numbers)
     */
    public TextTable(List<String> header, boolean... rightAligned) {
        if (rightAligned.length != header.size()) {
            throw new IllegalArgumentException("one alignment per column");
        }
        this.header = List.copyOf(header);
        this.rightAligned = rightAligned.clone();
    }

    /**
     * Adds a row.
     *
     * @param cells one cell per column
     * @return this table
     */
    public TextTable row(String... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("one cell per column");
        }
        rows.add(List.of(cells));
        return this;
    }

    /**
     * Renders the table, each line starting with an indent.
     *
     * @param indent e.g. two spaces
     * @return the lines, each ending with a line break
     */
    public String render(String indent) {
        StringBuilder text = new StringBuilder();
        write(indent, line -> text.append(line).append(System.lineSeparator()));
        return text.toString();
    }

    /**
     * Hands the table's lines over one by one, each starting with an indent, so that a long table need not be
     * held as one text.
     *
     * @param indent e.g. two spaces
     * @param lines receives each line, without its line break
     */
    public void write(String indent, Consumer<String> lines) {
        int[] widths = new int[header.size()];
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (List<String> row : all) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row.get(i).codePointCount(0, row.get(i).length()));
            }
        }
        for (List<String> row : all) {
            StringBuilder line = new StringBuilder(indent);
            for (int i = 0; i < widths.length; i++) {
                String cell = row.get(i);
                String padding = " ".repeat(widths[i] - cell.codePointCount(0, cell.length()));
                line.append(i == 0 ? "" : "  ").append(rightAligned[i] ? padding + cell : cell + padding);
            }
            lines.accept(line.toString().stripTrailing());
        }
    }
}
