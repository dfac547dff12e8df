package org.certplan.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The runnable shell examples of one Markdown page: its blocks fenced {@code ```sh}, in page order, each with the
 * HTTP error statuses it expects ({@code ```sh status=409,422}). Blocks fenced otherwise ({@code ```shell},
 * {@code ```text}, {@code ```json} …) are not run.
 */
record ShellExamples(Path page, List<Block> blocks) {

    private static final Pattern OPENING = Pattern.compile("^```sh(?:\\s+status=([0-9,]+))?\\s*$");

    /** One fenced block: the page line of its first command, the statuses it expects, its lines. */
    record Block(int firstLine, String expectedStatuses, List<String> lines) {
    }

    static ShellExamples of(Path page) {
        List<String> lines;
        try {
            lines = Files.readAllLines(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher opening = OPENING.matcher(lines.get(i));
            if (!opening.matches()) {
                if (lines.get(i).startsWith("```")) {
                    i = closingFence(lines, i);
                }
                continue;
            }
            int end = closingFence(lines, i);
            String statuses = opening.group(1) == null ? "" : opening.group(1).replace(',', ' ');
            blocks.add(new Block(i + 2, statuses, List.copyOf(lines.subList(i + 1, end))));
            i = end;
        }
        return new ShellExamples(page, List.copyOf(blocks));
    }

    private static int closingFence(List<String> lines, int opening) {
        for (int i = opening + 1; i < lines.size(); i++) {
            if (lines.get(i).equals("```")) {
                return i;
            }
        }
        throw new IllegalStateException("unclosed code block at line " + (opening + 1));
    }

    /**
     * One bash script of every block, in order, so that variables set in one block reach the next; {@code line[n]}
     * of the answer is the page line of script line {@code n + 1}. {@code localhost:8080} becomes the service's
     * address.
     */
    Script script(String prelude, int port) {
        StringBuilder text = new StringBuilder(prelude);
        List<Integer> pageLines = new ArrayList<>();
        prelude.lines().forEach(line -> pageLines.add(0));
        for (Block block : blocks) {
            text.append("__expect='").append(block.expectedStatuses()).append("'\n");
            pageLines.add(block.firstLine());
            for (int i = 0; i < block.lines().size(); i++) {
                text.append(block.lines().get(i).replace("localhost:8080", "localhost:" + port)).append('\n');
                pageLines.add(block.firstLine() + i);
            }
        }
        return new Script(text.toString(), List.copyOf(pageLines));
    }

    record Script(String text, List<Integer> pageLines) {

        int pageLine(int scriptLine) {
            return scriptLine >= 1 && scriptLine <= pageLines.size() ? pageLines.get(scriptLine - 1) : 0;
        }
    }
}
