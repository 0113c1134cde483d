#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace stockroom::ui {

/** The languages Stockroom ships translations for, besides English ("de", "fr"). */
QStringList availableLanguages();

/**
 * Installs Stockroom's and Qt's own translations for a locale on the application. Returns
 * false when Stockroom has no translation for it: the interface stays in English, with English
 * plural forms, as it is for an English locale (which returns true).
 */
bool installTranslations(QCoreApplication *app, const QLocale &locale);

} // namespace stockroom::ui
