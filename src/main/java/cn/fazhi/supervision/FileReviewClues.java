package cn.fazhi.supervision;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.fazhi.enforcement.events.CaseFileFailed;

/**
 * A case file evaluated 不合格 becomes a supervision clue (source {@link ClueSource#FILE_REVIEW}), linked to the
 * evaluated file both ways — after the campaign's closing commit, retried by the event publication registry. Opening
 * is idempotent per file, so a retry opens nothing twice.
 */
@Component
class FileReviewClues {

    /** The kernel case type of an evaluated file. */
    static final String SOURCE_TYPE = "evaluation";

    private final Clues clues;

    FileReviewClues(Clues clues) {
        this.clues = clues;
    }

    @ApplicationModuleListener
    void on(CaseFileFailed failed) {
        clues.open(new OpenClue(ClueSource.FILE_REVIEW, SOURCE_TYPE, failed.fileId(), failed.caseNumber(), failed.path(),
                failed.unitId(), "案卷评查不合格：" + failed.caseNumber(), failed.evaluatedOn()));
    }
}
