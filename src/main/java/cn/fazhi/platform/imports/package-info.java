/**
 * Spreadsheet (.xlsx) import pieces shared by the modules: the refused cell ({@link ImportError}), the all-or-nothing
 * refusal ({@link ImportRejected}, answered by {@code ApiExceptionHandler} as a problem with an {@code errors} array),
 * the result, and {@link Spreadsheets} — upload to a temporary file, file-type check, header matching, streaming of
 * rows with FastExcel, cell parsing and the template.
 */
package cn.fazhi.platform.imports;
