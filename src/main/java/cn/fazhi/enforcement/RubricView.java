package cn.fazhi.enforcement;

import java.util.List;

/** A rubric (评查标准) and its items in order; the items' maximum points sum to 100. */
public record RubricView(long id, String name, List<Item> items) {

    public record Item(long id, int ordinal, String title, String guidance, int maxPoints) {}

    public int total() {
        return items.stream().mapToInt(Item::maxPoints).sum();
    }
}
