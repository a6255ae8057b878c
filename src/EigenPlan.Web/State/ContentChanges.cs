using EigenPlan.Content;

namespace EigenPlan.Web.State;

/// <summary>
/// The content catalog's reloads as disposable async subscriptions, for pages that follow live edits (staff preview).
/// The catalog raises a plain event on its reload thread; this relays it through a <see cref="ChangeNotifier"/>, so a
/// page's re-render is awaited and its failures are logged.
/// </summary>
public sealed class ContentChanges : IDisposable
{
    private readonly ContentCatalog _catalog;
    private readonly ChangeNotifier _changed;

    public ContentChanges(ContentCatalog catalog, ILogger<ContentChanges> logger)
    {
        _catalog = catalog;
        _changed = new ChangeNotifier(logger);
        _catalog.Changed += _changed.Notify;
    }

    public IDisposable Subscribe(Func<Task> listener) => _changed.Subscribe(listener);

    public void Dispose() => _catalog.Changed -= _changed.Notify;
}
