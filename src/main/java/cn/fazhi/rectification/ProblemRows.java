package cn.fazhi.rectification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** Maps a {@code rectification_problem} row (joined with the unit's name as {@code unit_name}) to its view. */
final class ProblemRows {

    private ProblemRows() {}

    static ProblemView view(ResultSet rs, LocalDate today) throws SQLException {
        ProblemStatus status = ProblemStatus.valueOf(rs.getString("status"));
        LocalDate deadline = rs.getObject("deadline", LocalDate.class);
        return new ProblemView(rs.getLong("id"), rs.getString("case_number"), status, rs.getString("source_type"),
                rs.getLong("source_id"), rs.getString("source_label"), rs.getString("source_path"), rs.getString("finding"),
                rs.getString("rule_breached"), rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("region_code"),
                rs.getLong("issuer_unit_id"), rs.getObject("found_on", LocalDate.class), deadline, rs.getString("plan"),
                rs.getObject("planned_on", LocalDate.class), rs.getObject("submitted_on", LocalDate.class),
                rs.getObject("closed_on", LocalDate.class), rs.getInt("reopened_count"), rs.getInt("version"),
                status.open() && deadline.isBefore(today));
    }
}
