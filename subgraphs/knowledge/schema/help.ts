/** Contextual help for a page: articles, quick actions and video tutorials. */
import type { contextualHelp } from "../help.js";
import type { QuickAction, VideoTutorial } from "../help-topics.js";
import { Article } from "./articles.js";
import { builder } from "./builder.js";

const QuickActionType = builder.objectRef<QuickAction>("HelpQuickAction").implement({
  description: "A shortcut offered on a page (e.g. contact support, reset password).",
  fields: (t) => ({
    key: t.exposeString("key", { description: "Stable key." }),
    label: t.exposeString("label", { description: "English label." }),
    labelAr: t.exposeString("labelAr", { description: "Arabic label." }),
    target: t.exposeString("target", { description: "Where it leads: an app route or URL." }),
  }),
});

const VideoTutorialType = builder.objectRef<VideoTutorial>("HelpVideoTutorial").implement({
  description: "A short screen recording for the page.",
  fields: (t) => ({
    key: t.exposeString("key", { description: "Stable key." }),
    title: t.exposeString("title", { description: "English title." }),
    titleAr: t.exposeString("titleAr", { description: "Arabic title." }),
    url: t.exposeString("url", { description: "Relative to the help centre's host." }),
    durationSeconds: t.exposeInt("durationSeconds", { description: "Length in seconds." }),
  }),
});

export const ContextualHelp = builder.objectRef<Awaited<ReturnType<typeof contextualHelp>>>("ContextualHelp").implement({
  description: "Help for the page (and action) the user is on.",
  fields: (t) => ({
    page: t.exposeString("page", { description: "The page asked about." }),
    action: t.exposeString("action", { nullable: true, description: "The action asked about, if any." }),
    language: t.exposeString("language", { description: "Language of the help." }),
    topics: t.exposeStringList("topics", { description: "Topics the page maps to (used to pick the articles)." }),
    immediateHelp: t.field({ type: [Article], description: "The 3 best articles for this page and action.", resolve: (h) => h.immediateHelp }),
    relatedArticles: t.field({ type: [Article], description: "The next 5.", resolve: (h) => h.relatedArticles }),
    quickActions: t.field({ description: "Shortcuts for the page.", type: [QuickActionType], resolve: (h) => h.quickActions }),
    videoTutorials: t.field({ type: [VideoTutorialType], description: "Video tutorials for the page.", resolve: (h) => h.videoTutorials }),
  }),
});
