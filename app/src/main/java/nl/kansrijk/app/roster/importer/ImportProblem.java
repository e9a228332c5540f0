package nl.kansrijk.app.roster.importer;

import java.util.Map;

/**
 * One thing wrong in an uploaded file: where (file, line, column) and what, as a message key with
 * parameters for the pages to translate and an English message for logs and API users.
 *
 * @param line   1-based line in the file as an editor shows it (the header is line 1); 0 for the file as a whole
 * @param column 1-based column number; 0 when the problem is not in one column
 */
public record ImportProblem(String file, int line, int column, String columnName, String code,
                            Map<String, String> params, String message) {
}
