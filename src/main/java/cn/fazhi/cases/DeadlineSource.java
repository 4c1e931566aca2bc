package cn.fazhi.cases;

import java.time.LocalDate;
import java.util.List;

import cn.fazhi.platform.scope.DataScope;

/** Implemented by each case type: its open deadlines on or before {@code until}, within a data scope. */
public interface DeadlineSource {

    List<DueItem> openDeadlines(DataScope scope, LocalDate until);
}
