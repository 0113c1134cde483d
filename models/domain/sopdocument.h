#pragma once

#include "discrepancy.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace stockroom::domain {

/** One numbered step of an SOP, as a trainer's walkthrough shows it: a title, text, a checklist. */
struct SopStep
{
    /** 1, 2, 3 … without gaps, in the order of the document. */
    int number = 0;
    /** The heading's text after "N. ". */
    QString title;
    /** The step's Markdown without its checklist lines, blank lines around it trimmed. */
    QString text;
    /** The text of each "- [ ] …" line of the step, in order. */
    QStringList checklist;

    friend bool operator==(const SopStep &, const SopStep &) = default;
};

/**
 * One version of a standard operating procedure: the fields of its front-matter header, the
 * Markdown after the header, and the numbered steps read from the body's "## Steps" section.
 * The format is described at parseSop().
 */
struct SopDocument
{
    /** A slug, [a-z0-9-]+; the same for every version of one procedure. */
    QString id;
    QString title;
    /** A whole number, 1 or more. */
    int version = 0;
    /** The roles the procedure is for; empty means every role. */
    QStringList roles;
    /** Lowercase slugs, [a-z0-9-]+, for filtering. */
    QStringList tags;
    /** The discrepancy types this procedure tells people how to handle. */
    QList<DiscrepancyType> governs;
    /** Everything after the header's closing "---" line, line ends as "\n". */
    QString body;
    /** The steps of the body's "## Steps" section; derived from body. */
    QList<SopStep> steps;

    friend bool operator==(const SopDocument &, const SopDocument &) = default;
};

/** Where and why an SOP file was refused: "FILE:LINE: message". */
struct SopParseError
{
    QString file;
    /** 1-based line of the file. */
    int line = 0;
    /** A user-readable sentence (translated). */
    QString message;

    QString toString() const;

    friend bool operator==(const SopParseError &, const SopParseError &) = default;
};

/** The role names a header's "roles" may use (DESIGN.md section 3, users and roles). */
const QStringList &sopRoleNames();

/**
 * Reads one SOP file. The file is UTF-8 (a leading byte-order mark is ignored; "\r\n" is read
 * as "\n"). Its first line is "---"; the header runs to the next "---" line and holds
 * "key: value" lines, blank lines and "#" comment lines:
 *
 *   id       required; a slug, [a-z0-9-]+
 *   title    required; not empty
 *   version  required; a whole number, 1 or more
 *   roles    a list of store_manager, ecommerce, trainer, auditor, admin, staff
 *   tags     a list of slugs, [a-z0-9-]+
 *   governs  a list of discrepancy type names (count_variance, oversell …)
 *
 * A list is "a, b" or "[a, b]"; empty, "[]", or the key left out is the empty list; an item
 * may not be empty or appear twice. Keys are lowercase; an unknown or repeated key is an error.
 *
 * The body is Markdown. Its steps are the "### N. Title" headings of the one "## Steps" section
 * (a level-2 heading reading "Steps", any case), which ends at the next level-1 or level-2
 * heading. Steps are numbered from 1 without gaps; every other level-3 heading there is an
 * error; deeper headings belong to the step's text. A line "- [ ] text" in a step is one of its
 * checklist items. Headings count only at the start of a line and outside ``` or ~~~ fences.
 *
 * On any error returns nothing and, when error is given, fills it with fileName and the line.
 */
std::optional<SopDocument> parseSop(const QByteArray &utf8, const QString &fileName,
                                    SopParseError *error);

/**
 * The file of a document: its header in canonical form (id, title, version, then the non-empty
 * lists in brackets) and its body unchanged. parseSop() reads the file of any document it
 * returned back to an equal document.
 */
QByteArray serializeSop(const SopDocument &document);

/** Whether a line of a diff is in both versions, only in the new one, or only in the old one. */
enum class SopDiffKind {
    Same,
    Added,
    Removed,
};

/** One line of the "what changed between two versions" view. */
struct SopDiffLine
{
    SopDiffKind kind = SopDiffKind::Same;
    QString text;
    /** 1-based line in the old body; 0 for an added line. */
    int oldLine = 0;
    /** 1-based line in the new body; 0 for a removed line. */
    int newLine = 0;

    friend bool operator==(const SopDiffLine &, const SopDiffLine &) = default;
};

/**
 * The lines of both bodies in reading order, matched by a longest common subsequence of
 * lines; where a stretch was replaced, its removed lines come before the added ones. A final
 * line end does not make an extra empty line.
 */
QList<SopDiffLine> diffSop(const QString &oldBody, const QString &newBody);

} // namespace stockroom::domain
