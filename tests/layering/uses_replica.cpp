#include "replicadatabase.h"
