package cn.fazhi.services;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A service item as kept by its unit: on creation its code and unit; every save is a new version in force from
 * {@code effectiveFrom}. {@code materials}: one material a line, {@code 名称|形式|份数|可选} (only the name is needed).
 * {@code version}: the item's optimistic-lock version when revising.
 */
public record ItemForm(@Size(max = 64) @Pattern(regexp = "[A-Za-z0-9-]*") String code, Long unitId,
        @NotBlank @Size(max = 300) String name, @NotNull ServiceItemType type, @NotBlank @Size(max = 4000) String basis,
        @NotNull ServiceLevel level, boolean delegated, LocalDate delegatedOn, @Min(0) @Max(365) Integer legalDays,
        @Size(max = 300) String legalArticle, @NotNull @Min(0) @Max(365) Integer promisedDays, boolean joint,
        boolean online, @Size(max = 64) String powerCode, @Size(max = 4000) String conditions,
        @Size(max = 1000) String fees, @Size(max = 1000) String places, @Size(max = 4000) String materials,
        @Size(max = 1000) String changeNote, @NotNull LocalDate effectiveFrom, Integer version) {

    /** The materials of {@link #materials}, parsed. */
    public List<ItemMaterial> materialList() {
        List<ItemMaterial> out = new ArrayList<>();
        if (materials == null) {
            return out;
        }
        for (String line : materials.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] p = line.strip().split("\\|");
            int copies = 1;
            if (p.length > 2 && p[2].strip().matches("\\d{1,2}")) {
                copies = Math.max(1, Integer.parseInt(p[2].strip()));
            }
            boolean optional = p.length > 3 && !p[3].isBlank();
            out.add(new ItemMaterial(out.size() + 1, p[0].strip(), p.length > 1 && !p[1].isBlank() ? p[1].strip() : null,
                    copies, !optional));
        }
        return out;
    }

    /** The form filled from a version's details (to revise it). */
    public static ItemForm of(ItemDetails d) {
        ServiceItemView v = d.item();
        StringBuilder m = new StringBuilder();
        for (ItemMaterial x : d.materials()) {
            m.append(x.name()).append('|').append(x.form() == null ? "" : x.form()).append('|').append(x.copies())
                    .append(x.required() ? "" : "|可选").append('\n');
        }
        return new ItemForm(v.code(), v.unitId(), v.name(), v.type(), v.basis(), v.level(), v.delegated(),
                v.delegatedOn(), v.legalDays(), d.legalArticle(), v.promisedDays(), v.joint(), v.online(), v.powerCode(),
                d.conditions(), d.fees(), d.places(), m.toString(), null, null, d.version());
    }
}
