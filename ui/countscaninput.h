#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTimer;

namespace stockroom::ui {

class BarcodeScanDetector;

/**
 * The scan field of the counting screen and what it says back. It reads lines from a
 * keyboard-wedge scanner or the keyboard ("CODE" or "12*CODE", then Enter), shows a pending
 * multiplier, keeps stray text typed before a scanner burst out of the code, catches bursts that
 * land on other widgets, and shows each outcome in a result label that flashes green or red
 * (with a beep for problems).
 */
class CountScanInput : public QWidget
{
    Q_OBJECT

public:
    /** How the last scan or step went. */
    enum class Feedback { None, Counted, Unknown, Problem, Done };

    explicit CountScanInput(QWidget *parent = nullptr);

    /** Scanner bursts typed into this widget (the lines, the correction box) are scans too. */
    void watchForStrayScans(QWidget *widget);
    void setPlaceholderText(const QString &text);
    void setInputEnabled(bool enabled);
    void focusInput();
    /** Forgets what was typed (and a pending multiplier). */
    void clearInput();

    void showFeedback(const QString &text, Feedback kind);
    Feedback feedback() const { return m_feedback; }
    QString feedbackText() const;
    /** QApplication::beep(), and alerted(). */
    void alert();

Q_SIGNALS:
    /**
     * A line to count: Enter, or the end of a scanner burst. ignored is text typed by mistake
     * before the burst, left out of the line. The field is cleared, except for a multiplier
     * still waiting for its code.
     */
    void lineEntered(const QString &line, const QString &ignored);
    /** A burst landed on a watched widget; its line follows through lineEntered(). */
    void strayScanned();
    void alerted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onScanned(const QString &code);
    void onStrayScan(const QString &code);
    void enter(const QString &line, const QString &ignored);
    void updateMultiplier(const QString &text);
    void endFlash();

    Feedback m_feedback = Feedback::None;
    BarcodeScanDetector *m_detector;
    BarcodeScanDetector *m_strayDetector;
    QTimer *m_flashTimer;
    QLabel *m_label;
    QLineEdit *m_edit;
    QLabel *m_multiplierLabel;
    QLabel *m_resultLabel;
};

} // namespace stockroom::ui
