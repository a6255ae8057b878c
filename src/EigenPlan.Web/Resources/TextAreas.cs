namespace EigenPlan.Web.Resources;

// One marker type per area of the interface; each has its resx set next to it (SiteText.resx = Dutch, the source;
// SiteText.en.resx, .tr, .pl, .ar the translations), so nobody edits one giant file. Pages ask for
// IStringLocalizer<SiteText> etc. The Dutch texts are the app's own words (tests assert them); the translations are
// marked "nog te controleren door iemand die de taal als moedertaal spreekt" until someone has checked them.

/// <summary>Layout, menu, plan frame, save and connection messages, status pages, Lees voor, step navigation.</summary>
public sealed class SiteText;

/// <summary>The start page, the language choice, the new-plan form, continuing with a code, the personal code page.</summary>
public sealed class StartText;

/// <summary>The houses (list and one house), free space and drawing.</summary>
public sealed class HousesText;

/// <summary>The topic page: smiley, questions, examples, tips, the municipality's help.</summary>
public sealed class TopicText;

/// <summary>Overview, Mijn plan (summary), handing in.</summary>
public sealed class PlanPagesText;
