/** `resources.help-articles.*`: the client portal's FAQs, training videos and guides. */
export const helpArticleMessages = {
  name: 'Help article |||| Help articles',
  fields: {
    title: 'Title',
    body: 'Text',
    category: 'Kind',
    videoUrl: 'Video link',
    language: 'Language',
    sortOrder: 'Order',
    published: 'Published',
    createdAt: 'Created',
    updatedAt: 'Last changed',
  },
  helpers: {
    videoUrl: 'For a training video: an https:// link to its page (YouTube, Vimeo…). The portal shows it as a link, never embedded',
    sortOrder: 'Lower comes first within its kind and language',
    published: 'Customers see only published articles',
    body: 'Plain text. A blank line starts a paragraph; "- " a bullet, "1. " a numbered step, "## " a heading; **bold**',
  },
  categories: { faq: 'Question and answer', video: 'Training video', guide: 'Guide' },
  languages: { en: 'English', es: 'Spanish' },
  preview: 'As customers see it',
};
