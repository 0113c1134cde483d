#include <QtSql/QSqlDatabase>
