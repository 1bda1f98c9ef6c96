// SitegenKit is the library the command line and the fuzz harness use: the stages' public types
// (the model, loading, rendering, reports) are part of its API, so they come with it.
@_exported import SitegenLoad
@_exported import SitegenModel
@_exported import SitegenReadability
@_exported import SitegenRender
@_exported import SitegenReport
@_exported import SitegenSearch
@_exported import SitegenWrite
