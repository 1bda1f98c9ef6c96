// SitegenKit is the library the command line and the fuzz harness use: the stages' public types
// (the model, search, readability) are part of its API, so they come with it.
@_exported import SitegenModel
@_exported import SitegenReadability
@_exported import SitegenSearch
