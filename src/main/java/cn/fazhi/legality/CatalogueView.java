package cn.fazhi.legality;

import java.time.LocalDate;

/** The annual catalogue of major decision matters (决策事项目录) and how many decisions it lists. */
public record CatalogueView(int year, String title, LocalDate publishedOn, long decisions, long flagged) {

    public boolean published() {
        return publishedOn != null;
    }
}
