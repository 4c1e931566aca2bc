package cn.fazhi.oneform;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Defines a form once: a short code, the title, the columns in order, the filters and the grouping. */
public record FormCommand(
        @NotBlank(message = "{oneform.validation.code}") @Pattern(regexp = "[A-Za-z0-9_-]{1,32}", message = "{oneform.validation.code}") String code,
        @NotBlank(message = "{oneform.validation.title}") @Size(max = 100) String title,
        @NotEmpty(message = "{oneform.validation.columns}") List<String> columns,
        @Size(max = 32) String attributeFilter,
        @Min(0) @Max(150) Integer minAge,
        @Min(0) @Max(150) Integer maxAge,
        @Pattern(regexp = "M|F|") String sex,
        @NotNull(message = "{oneform.validation.groupBy}") GroupBy groupBy,
        boolean summaryOnly) {}
