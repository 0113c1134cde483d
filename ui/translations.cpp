#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace stockroom::ui {

QStringList availableLanguages()
{
    QStringList languages;
    const QStringList files
        = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("stockroom_*.qm")});
    for (const QString &file : files)
        languages.append(file.mid(10, file.size() - 13));
    return languages;
}

bool installTranslations(QCoreApplication *app, const QLocale &locale)
{
    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    auto *translator = new QTranslator(app);
    if (translator->load(locale, QStringLiteral("stockroom"), QStringLiteral("_"),
                         QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(translator);
        return true;
    }
    delete translator;
    return false;
}

} // namespace stockroom::ui
