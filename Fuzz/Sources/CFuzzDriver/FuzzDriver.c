// Declarations only: the driver itself comes from libFuzzer (see include/FuzzDriver.h).
#include "FuzzDriver.h"
