namespace CoachBot.Coaching.Content;

/// <summary>Where the <c>dialogs/</c> content files are read from (section <c>Content</c>).</summary>
public sealed class ContentOptions
{
    /// <summary>The folder holding <c>messages.yaml</c> and the other content files; default <c>dialogs</c> beside the app.</summary>
    public string Directory { get; set; } = Path.Combine(AppContext.BaseDirectory, "dialogs");
}
