package vn.bca.antq.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** The file formats a table can be downloaded in. */
public enum ExportFormat {
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV("csv", "text/csv; charset=UTF-8");

    private final String extension;
    private final String contentType;

    ExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    public void write(Table table, OutputStream out) throws IOException {
        write(List.of(table), out);
    }

    /** Writes every table as a sheet of one workbook; a CSV file has room for the first only. */
    public void write(List<Table> tables, OutputStream out) throws IOException {
        switch (this) {
            case XLSX -> XlsxWriter.write(tables, out);
            case CSV -> CsvWriter.write(tables.getFirst(), out);
        }
    }
}
