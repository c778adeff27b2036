/**
 * Every CSS selector the LinkedIn readers use, in one place. Each is a list of alternatives, one per line,
 * each saying which layout and state it covers:
 *   Ember: the 2021–2025 Ember app (stable class names, dialogs in #artdeco-modal-outlet);
 *   SDUI:  the 2026 server-driven layout (hashed class names, componentkey attributes, the invitation
 *          dialog in the open shadow root of #interop-outlet; the dialog's markup is still Ember's).
 * Structure, hrefs and ARIA come first; words only where nothing else tells a state apart, marked
 * "words". Where code narrows a match (by slug, by visibility, by text), the comment says so.
 * tests/linkedin/selectors.test.ts counts every alternative's matches on every fixture page and fails
 * on one that matches nothing anywhere.
 */

/** The top card of the profile (code keeps the one whose links name the URL's slug). */
export const topCard = [
  'section[data-member-id]', // Ember: the card's section, by its member id
  'div[componentkey$="Topcard"]', // SDUI: the wrapper <div> "com.linkedin.sdui.profile.card.ref<URN>-QsTopcard" (also its id); the <section> inside has a random key
];

/** The name's link in the 2026 card: where the Topcard key is missing, the card is its closest <section>. */
export const cardNameLink = [
  'a[componentkey^="ProfileVerificationTriggerRef-"]', // SDUI: the link around the name (h2, or h1 on some accounts)
];

/** The 2026 layout's card wrapper, outside the section: what is added after the card goes after it. */
export const cardWrapper = [
  '[componentkey^="com.linkedin.sdui.profile.card."]', // SDUI: the …Topcard wrapper <div>
];

/** Links in the top card that name its person (code reads the slug from the href). */
export const cardIdentity = [
  'a[href*="/overlay/contact-info/"]', // Ember and SDUI: "Contact info", /in/<slug>/overlay/contact-info/
  'a[href*="/overlay/about-this-profile/"]', // Ember: the link around the name
];

/** The person's name. */
export const name = [
  'h1', // Ember: h1 (its text-heading-xlarge class is being hashed); SDUI on some accounts
  'a[componentkey^="ProfileVerificationTriggerRef-"] h2', // SDUI: the h2 inside the name's verification link
  'a[href*="/in/"] h2', // SDUI: the same h2 should the link lose its componentkey
];

/** The headline (SDUI has no marker: code takes the first <p> after the name's row, see top-card.ts). */
export const headline = [
  '.text-body-medium', // Ember: the line under the name
];

/** The current company (SDUI: code takes the <p> after the headline, up to its " · "). */
export const company = [
  'li:first-child > button[aria-label]', // Ember: the first of the company / school buttons beside the name (a school when there is no company)
];

/** The degree badge: code keeps a visible one whose text is a 1, 2 or 3 (after "·"), as in "2nd", "2e". */
export const degree = [
  '.dist-value', // Ember: "2nd", marked aria-hidden (a visually-hidden "2nd degree connection" twin beside it)
  'p', // SDUI: "· 2nd", a <p> of the card; the hidden pre-rendered "· 1st" fails the visibility test
];

/** Connect offered in the top card (code takes the closest link or button, visible, and checks the slug). */
export const connect = [
  'a[href*="/preload/custom-invite/"]', // SDUI: Connect is a link with ?vanityName=<slug>
  'svg[data-test-icon="connect-small"]', // Ember: the Connect button's icon (top card, sticky header, rails)
];

/** An invitation already sent: Pending (code takes the closest link or button, visible). */
export const pending = [
  '[componentkey$="_pending"] a', // SDUI: the ConnectButton component in its _pending state
  'svg[id="clock-small"]', // SDUI: Pending's clock icon
  'button[aria-label^="Pending,"]', // Ember, words (English UI): last fallback; code also reads "no primary action" as Pending
];

/** Ember's action buttons under the name (code skips More's menu); with none primary, LinkedIn is showing Pending. */
export const emberActions = [
  'button.artdeco-button--2', // Ember: Connect, Pending, Follow, Message, More, Open to (not the round bell, size 3)
];

/** Ember's main action among them (code reads "none primary" as Pending). */
export const emberPrimary = [
  '.artdeco-button--primary', // Ember: Connect, Follow, a 1st-degree person's Message, one's own Open to
];

/** Follow as the main action (code excludes Connect, and a 1st-degree person's Message). */
export const follow = [
  'svg[id="add-small"]', // SDUI: Follow's icon
  'svg[data-test-icon="add-small"]', // Ember: Follow's icon
  'button.artdeco-button--primary', // Ember: any primary action that is not Connect or Message (code excludes those)
];

/** Message (a 1st-degree person's primary action in Ember; in SDUI also on Open Profile and Premium members). */
export const message = [
  'a[href^="/messaging/compose/"]', // SDUI: Message is a link to the compose overlay
  'svg[data-test-icon="send-privately-small"]', // Ember: the Message button's icon
];

/** The More button of the top card (code keeps a visible one). */
export const more = [
  '.artdeco-dropdown__trigger', // Ember: "More actions"
  'button[aria-expanded]', // SDUI: the card's only button with aria-expanded
];

/** More's menu: Ember keeps it in the DOM, hidden; SDUI renders it only while open, in a portal. */
export const moreMenu = [
  '.artdeco-dropdown__content', // Ember: beside the trigger, hidden until opened
  '[data-floating-ui-portal] [role="menu"]', // SDUI: at the end of <body>, while More is expanded
];

/** Connect inside More's menu. */
export const moreConnect = [
  'a[role="menuitem"][href*="/preload/custom-invite/"]', // SDUI: same link as the top card's (code checks the slug)
  'svg[data-test-icon="connect-medium"]', // Ember: the Connect item's icon
  '.artdeco-dropdown__item[aria-label]', // Ember, words: the item whose label names the person (code compares the name)
];

/** Signs of one's own profile (code checks the slug in the href). */
export const editLink = [
  'a[href*="/edit/"]', // Ember and SDUI: pencil links into /in/<slug>/edit/…
];

/** The profile photo, before the name (code keeps visible ones before the name heading). */
export const photo = [
  'img:not([class*="ghost"])', // Ember and SDUI; Ember's no-photo placeholder is a "ghost-person" image
];

/** The About card (code reads its text without the heading). */
export const about = [
  '#about', // Ember: the About card, or its anchor inside the card's section
  'section[componentkey$="About"]', // SDUI: componentkey "com.linkedin.sdui.profile.card.ref<id>About"
];

/** LinkedIn's dialog outlets: code looks inside the open shadow root where there is one, else in the
 * element itself (and also in the open shadow roots of <body>'s children, in case an outlet is renamed). */
export const dialogOutlets = [
  '#artdeco-modal-outlet', // Ember: the light-DOM outlet every dialog renders in
  '#interop-outlet', // SDUI: the host of the open shadow root that holds the invitation dialog
];

/** The note box, in a dialog outlet. */
export const noteBox = [
  'textarea#custom-message', // both: the note step, "Add a note"
  'textarea[name="message"]', // both: the same box by its form name
  'textarea[aria-label*="personal note"]', // both, words (English UI): "Please limit personal note to 300 characters."
];

/** Lines of the note dialog; code reads the first number of the one before the note box (notes left). */
export const noteDialogLine = [
  'p', // both: "N personalized invitations remaining for this month." (free accounts)
];

/** The dialog's send action: Send, or "Send without a note" in step 1. */
export const sendButton = [
  '.artdeco-modal__actionbar button.artdeco-button--primary', // both: the action bar's primary button
  '.artdeco-modal__actionbar > button:last-child', // both: the same by place, LinkedIn puts the main action last
];

/** LinkedIn's upsell, shown instead of the note box when the month's personalised notes are used up. */
export const quotaUpsell = [
  '[data-test-modal-id="premium-custom-invite-upsell"]', // Ember: the upsell dialog's overlay
  'a[href*="/premium/products/"][href*="custom_invite"]', // both: its Premium link, from the invite
];

/** The root of any dialog LinkedIn opens (code keeps the outermost visible one in an outlet). */
export const dialogRoot = [
  '[role="dialog"]', // Ember and 2026: the invitation's note step, the upsell
  '[role="alertdialog"]', // 2026 (May 2026 on): the gate "Add a note to your invitation?"
  '[aria-modal="true"]', // 2026: the gate when it carries neither role
];

/** Ember's marker of the invitation dialog, either step (code also accepts its heading's id). */
export const emberInvite = [
  '[data-test-modal-id="send-invite-modal"]', // Ember: the overlay around the dialog
  '[aria-labelledby="send-invite-modal"]', // Ember: the dialog itself
];

/** The email the gate asks for on high-follower profiles. */
export const emailInput = [
  'input[type="email"]', // 2026: "please enter their email to connect"
  'input[name="email"]', // both: the same input by its form name
];

/** A link to Premium inside a dialog: the upsell shown when no personalised notes are left. */
export const premiumLink = [
  'a[href*="/premium/"]', // both: "Try Premium", /premium/products/?…custom_invite…
];

/** A Connect action anywhere (code reads whose it is from the link, else from the place it is in). */
export const connectAction = [
  'a[href*="/preload/custom-invite/"]', // 2026: Connect as a link with ?vanityName=<slug>
  '[componentkey$="_connect"]', // 2026: the ConnectButton component in its _connect state
  'svg[data-test-icon="connect-small"]', // Ember: the Connect button's icon
  'svg[data-test-icon="connect-medium"]', // Ember: the Connect item's icon in More's menu
  '[aria-label^="Invite "][aria-label$=" to connect"]', // both, words (English UI): every Connect, top card, sticky header, More, rails
];
