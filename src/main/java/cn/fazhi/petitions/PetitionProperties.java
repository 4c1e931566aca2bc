package cn.fazhi.petitions;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the petitions backlog ({@code fazhi.petitions}). What counts as 积案 has no statutory definition
 * (LEGAL-RULES-2 §11.6): {@code backlogAfterDays} is the least time after the first petition before a petition may be
 * taken into the backlog, by default the 60 days of 信访工作条例 Art. 34 plus its 30-day extension.
 */
@ConfigurationProperties("fazhi.petitions")
public record PetitionProperties(@DefaultValue("90") int backlogAfterDays) {}
