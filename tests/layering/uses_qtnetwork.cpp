#include <QtNetwork/QTcpSocket>
