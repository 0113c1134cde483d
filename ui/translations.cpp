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
    for (const QString &file : files) {
        const QString language = file.mid(10, file.size() - 13);
        // English is the source language; its file only holds the plural forms.
        if (language != QLatin1String("en"))
            languages.append(language);
    }
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
    const bool english = locale.language() == QLocale::English;
    auto *translator = new QTranslator(app);
    if (!english
        && translator->load(locale, QStringLiteral("stockroom"), QStringLiteral("_"),
                            QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(translator);
        return true;
    }
    // English, or a language without a translation: the source texts, with English plurals
    // ("1 line", "2 lines" instead of "line(s)").
    if (translator->load(QStringLiteral(":/i18n/stockroom_en.qm")))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
    return english;
}

} // namespace stockroom::ui
