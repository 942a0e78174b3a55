// golmok site: builds the folder a static host serves as is. Links core only.
#pragma once

namespace golmok::cli {

// argv holds the arguments after "site". Returns the process exit status.
int RunSite(int argc, char** argv);

}  // namespace golmok::cli
