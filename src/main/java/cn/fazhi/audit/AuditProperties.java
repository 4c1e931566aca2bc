package cn.fazhi.audit;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code fazhi.audit.*}: where this node keeps its checkpoint file of the chain head (outside the database). The
 * schedules ({@code checkpoint-every}, {@code verify-cron}) are read by {@link ChainWatch}.
 */
@ConfigurationProperties("fazhi.audit")
public record AuditProperties(Path checkpointDir) {}
