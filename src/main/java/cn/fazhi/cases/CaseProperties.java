package cn.fazhi.cases;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Case kernel settings ({@code fazhi.cases.*}): attachment size limit and accepted file types, and how many days
 * ahead a deadline counts as due soon, and the window within which a new case with the same party and respondent as an
 * existing one is shown to staff as a possible duplicate ({@link DuplicateCaseRule}), and how many failed tracking
 * look-ups one client address may make per period ({@link TrackingReceipts}).
 */
@ConfigurationProperties("fazhi.cases")
public record CaseProperties(@DefaultValue("20MB") DataSize maxAttachmentSize,
        @DefaultValue({"pdf", "jpg", "jpeg", "png", "doc", "docx", "xls", "xlsx", "txt", "mp4", "mov", "mp3", "wav"})
        List<String> attachmentTypes,
        @DefaultValue("3") int dueSoonDays, @DefaultValue("30") int duplicateWindowDays,
        @DefaultValue("10") int trackingFailures, @DefaultValue("10m") java.time.Duration trackingPeriod) {}
