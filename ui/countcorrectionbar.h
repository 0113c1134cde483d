#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;

namespace stockroom::ui {

/**
 * The manual correction of one counted line: the quantity it should be, set with Enter or the
 * Set Count button (Esc gives up). It only asks; the counting screen stores the correction.
 */
class CountCorrectionBar : public QWidget
{
    Q_OBJECT

public:
    explicit CountCorrectionBar(QWidget *parent = nullptr);

    /**
     * The line to correct (an empty SKU: none) with its counted quantity, which replaces the
     * box's value unless someone is typing there; whyNot: why it cannot be corrected, or "".
     */
    void setLine(const QString &sku, qint64 counted, const QString &whyNot);
    /** Puts the keyboard in the box, its value selected. */
    void edit();
    QSpinBox *spinBox() const { return m_spin; }

Q_SIGNALS:
    void correctionRequested(const QString &sku, qint64 quantity);
    /** Esc in the box: nothing was corrected. */
    void cancelled();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void request();

    QString m_sku;
    qint64 m_counted = 0;
    QLabel *m_label;
    QSpinBox *m_spin;
    QPushButton *m_button;
};

} // namespace stockroom::ui
