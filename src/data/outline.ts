// The CAST outline (2018–2050) as a plan: its structure tree (numbers and headings exactly as
// printed in the English plan text), its three development steps as phases, the action plan
// (2018–2020) as its first phase, and the cadences its §IV(7) prescribes. Summaries are ours.
import type { PlanInput } from "../schemas/index.js";

/** The outline plan. @internal */
export const outlinePlan: PlanInput = {
  id: "outline",
  kind: "outline",
  title: {
    en: "Outline of the Plan of the China Association for Science and Technology Oriented to Build China into A World Leader in Science and Technology",
    zh: "面向建设世界科技强国的中国科协规划纲要",
  },
  shortTitle: "CAST Outline",
  issuer: "China Association for Science and Technology",
  issued: "2018-12-29",
  period: { start: 2018, end: 2050 },
  source: "src.plan-text",
  items: [
    {
      id: "outline.part.1",
      kind: "part",
      number: "I",
      heading:
        "Embark on a new journey of the development of associations for science and technology in the new era",
      summary:
        "Sets out why CAST needs a new plan: its record as the Party-led organisation of scientists and engineers, the global race in science and technology, and the weaknesses of China's research system and of the associations themselves. It calls for building the associations into a home for scientific and technological workers.",
      locator: "Outline §I",
    },
    {
      id: "outline.part.2",
      kind: "part",
      number: "II",
      heading: "Guiding principles and development goals",
      summary:
        "States the guiding ideology, five basic principles and the three-step development goals for 2020, 2035 and 2050.",
      locator: "Outline §II",
      children: [
        {
          id: "outline.principles",
          kind: "principle",
          number: "(1)",
          heading: "Guiding principles",
          summary:
            "Commits the associations to the Party's guiding theories and to five capabilities: political guidance, leading innovation culture, uniting talent, socialised services and international exchange. Their purpose is to serve scientists, innovation-driven development, public science literacy and the Party's and government's decision-making.",
          locator: "Outline §II(1)",
        },
        {
          id: "outline.basic-principles",
          kind: "section",
          number: "(2)",
          heading: "Basic principles",
          summary: "Lists the five principles that govern the associations' work.",
          locator: "Outline §II(2)",
          children: [
            {
              id: "outline.principle.1",
              kind: "principle",
              heading: "Adhering to the Party's leadership",
              summary:
                "Party leadership is the basic guarantee of the associations' development; Party theory and policy are to run through all of their work.",
              locator: "Outline §II(2), bullet 1",
            },
            {
              id: "outline.principle.2",
              kind: "principle",
              heading:
                "Upholding the principle of putting scientific and technological workers first",
              summary:
                "Serving scientific and technological workers is the associations' core duty, and their satisfaction is the yardstick of the service.",
              locator: "Outline §II(2), bullet 2",
            },
            {
              id: "outline.principle.3",
              kind: "principle",
              heading: "Persisting in serving the overall situation",
              summary:
                "The associations plan their work around national priorities and direct scientists' energy to the country's strategic needs.",
              locator: "Outline §II(2), bullet 3",
            },
            {
              id: "outline.principle.4",
              kind: "principle",
              heading: "Persisting in reform and innovation",
              summary:
                "Reform and self-renewal drive the associations' development, with theoretical, practical and cultural innovation.",
              locator: "Outline §II(2), bullet 4",
            },
            {
              id: "outline.principle.5",
              kind: "principle",
              heading: "Persisting in opening up and integration",
              summary:
                "The associations develop through openness, working with government, other public organisations and localities, and joining the global innovation network.",
              locator: "Outline §II(2), bullet 5",
            },
          ],
        },
        {
          id: "outline.goals",
          kind: "section",
          number: "(3)",
          heading: "Development goals",
          summary: "Sets the development goals in three steps, due in 2020, 2035 and 2050.",
          locator: "Outline §II(3)",
          children: [
            {
              id: "outline.step.2020",
              kind: "step",
              number: "First",
              heading: "By 2020",
              summary:
                "By 2020 the associations make breakthroughs in reform: wider coverage, new functions, an online association and stronger grassroots. The share of citizens with science literacy is to exceed 10%.",
              deadline: 2020,
              phaseId: "outline.phase.step-1",
              locator: "Outline §II(3), first step",
            },
            {
              id: "outline.step.2035",
              kind: "step",
              number: "Second",
              heading: "By 2035",
              summary:
                "By 2035 the associations' work system, broadly connected with and serving the public, is complete, and all five capabilities are comprehensively enhanced. The step is spelled out in five sub-goals.",
              deadline: 2035,
              phaseId: "outline.phase.step-2",
              locator: "Outline §II(3), second step",
              children: [
                {
                  id: "outline.step.2035.goal.1",
                  kind: "goal",
                  heading:
                    "The ability of political guidance and incorporation will be comprehensively enhanced",
                  summary:
                    "Scientists identify more closely with the Party, their channels of political participation are smoother and their interests are fully protected.",
                  deadline: 2035,
                  phaseId: "outline.phase.step-2",
                  locator: "Outline §II(3), second step, bullet 1",
                },
                {
                  id: "outline.step.2035.goal.2",
                  kind: "goal",
                  heading:
                    "The ability of leading innovative culture will be comprehensively improved",
                  summary:
                    "A scientific culture of questioning and tolerance of failure takes shape, with world-class societies, journals and conferences. The share of citizens with science literacy is to exceed 20%.",
                  deadline: 2035,
                  phaseId: "outline.phase.step-2",
                  locator: "Outline §II(3), second step, bullet 2",
                },
                {
                  id: "outline.step.2035.goal.3",
                  kind: "goal",
                  heading:
                    "The ability of uniting innovative talents will be comprehensively improved",
                  summary:
                    "The associations cover more of the places where scientists work, their awards gain international standing, and engineering capability certification with international mutual recognition is in place.",
                  deadline: 2035,
                  phaseId: "outline.phase.step-2",
                  locator: "Outline §II(3), second step, bullet 3",
                },
                {
                  id: "outline.step.2035.goal.4",
                  kind: "goal",
                  heading:
                    "The socialized service capacity of science and technology will be comprehensively improved",
                  summary:
                    "A flexible think-tank network becomes an important force in national decision-making and a hub of the global think-tank network.",
                  deadline: 2035,
                  phaseId: "outline.phase.step-2",
                  locator: "Outline §II(3), second step, bullet 4",
                },
                {
                  id: "outline.step.2035.goal.5",
                  kind: "goal",
                  heading:
                    "The ability for scientific, technological and cultural exchanges and cooperation will be comprehensively improved",
                  summary:
                    "China becomes an initiator of global science topics and rules, exchanges under the Belt and Road Initiative develop fully, and China hosts the headquarters of many international scientific organisations.",
                  deadline: 2035,
                  phaseId: "outline.phase.step-2",
                  locator: "Outline §II(3), second step, bullet 5",
                },
              ],
            },
            {
              id: "outline.step.2050",
              kind: "step",
              number: "Third",
              heading: "by 2050",
              summary:
                "By 2050 CAST is an outstanding spiritual home for scientists and a major, pivotal science organisation in the world, supporting China as a global science centre and innovation highland.",
              deadline: 2050,
              phaseId: "outline.phase.step-3",
              locator: "Outline §II(3), third step",
            },
          ],
        },
      ],
    },
    {
      id: "outline.part.3",
      kind: "part",
      number: "III",
      heading: "Major tasks",
      summary: "Lays out 24 major tasks in five capability areas.",
      locator: "Outline §III",
      children: [
        {
          id: "outline.area.1",
          kind: "area",
          number: "(1)",
          heading: "Enhance the ability of political guidance and incorporation",
          summary:
            "Strengthens the associations' political character and the Party's leadership over them, so that scientists identify with the Party.",
          locator: "Outline §III(1)",
          children: [
            {
              id: "outline.task.1",
              kind: "task",
              number: "1",
              heading: "Comprehensively publicize and implement the Party's line and principles",
              summary:
                "Study and spread Xi Jinping Thought and the Party's policies among scientists, and set up a fast feedback channel for their views on those policies.",
              locator: "Outline §III(1).1",
            },
            {
              id: "outline.task.2",
              kind: "task",
              number: "2",
              heading: "Strengthen Party building in associations for science and technology",
              summary:
                "Build the Party's organisation and work system in the associations, aiming at full coverage of scientific societies.",
              locator: "Outline §III(1).2",
            },
            {
              id: "outline.task.3",
              kind: "task",
              number: "3",
              heading:
                "Support the political participation of scientific and technological workers",
              summary:
                "Involve scientists in consultation on national science strategies, plans and laws, and support those who are NPC deputies or CPPCC members.",
              locator: "Outline §III(1).3",
            },
            {
              id: "outline.task.4",
              kind: "task",
              number: "4",
              heading:
                "Safeguard the legitimate rights and interests of scientific and technological workers",
              summary:
                "Survey scientists' numbers, views and needs, help solve their most pressing career problems and give them lawful channels to voice demands.",
              locator: "Outline §III(1).4",
            },
            {
              id: "outline.task.5",
              kind: "task",
              number: "5",
              heading: "Innovate the methods to unite scientific and technological workers",
              summary:
                "Respect scientists' individuality and communicate with them professionally and personally, including through an online intelligent association platform.",
              locator: "Outline §III(1).5",
            },
          ],
        },
        {
          id: "outline.area.2",
          kind: "area",
          number: "(2)",
          heading: "Enhance the ability to lead the innovation culture",
          summary:
            "Spreads scientific knowledge and spirit and nurtures a culture of rational questioning and tolerance of failure.",
          locator: "Outline §III(2)",
          children: [
            {
              id: "outline.task.6",
              kind: "task",
              number: "6",
              heading: "Improve the science literacy of the whole Chinese people",
              summary:
                "Draw up a national science literacy plan, make science popularisation as important as innovation, and build an evaluation system for citizens' science literacy. Covers popularisation experts, rural outreach, science fiction, an information platform and international science communication.",
              locator: "Outline §III(2).6",
            },
            {
              id: "outline.task.7",
              kind: "task",
              number: "7",
              heading: "Create a healthy scientific and cultural atmosphere",
              summary:
                "Improve peer-review-based academic evaluation, encourage academic debate, and educate scientists and students in research ethics.",
              locator: "Outline §III(2).7",
            },
            {
              id: "outline.task.8",
              kind: "task",
              number: "8",
              heading: "Vigorously promote the spirit of scientists",
              summary:
                "Bring the spirit of Chinese scientists into schools, institutes and firms, and honour outstanding scientists as role models.",
              locator: "Outline §III(2).8",
            },
            {
              id: "outline.task.9",
              kind: "task",
              number: "9",
              heading: "Inspire the scientific dream of youngsters",
              summary:
                "Run science education for young people in and out of school, train science teachers, and open universities, institutes and venues to the young.",
              locator: "Outline §III(2).9",
            },
            {
              id: "outline.task.10",
              kind: "task",
              number: "10",
              heading: "Establish and improve the scientific community's self-discipline function",
              summary:
                "Evaluate innovation environments and have societies write codes of conduct, teach integrity and investigate misconduct.",
              locator: "Outline §III(2).10",
            },
            {
              id: "outline.task.11",
              kind: "task",
              number: "11",
              heading: "Carry out high-level academic exchanges",
              summary:
                "Set up high-end exchange platforms on frontier and interdisciplinary fields, support societies hosting international conferences, and build a national science dissemination centre.",
              locator: "Outline §III(2).11",
            },
            {
              id: "outline.task.12",
              kind: "task",
              number: "12",
              heading:
                "Promote the establishment of a classification and evaluation system for scientific journals",
              summary:
                "Develop discipline-specific evaluation standards for journals and a classified catalogue of high-quality journals, treating domestic and foreign journals as equivalent.",
              locator: "Outline §III(2).12",
            },
          ],
        },
        {
          id: "outline.area.3",
          kind: "area",
          number: "(3)",
          heading: "Enhance the ability to unite innovative talents",
          summary:
            "Extends the associations' reach to scientists at home and abroad and makes the societies bigger and stronger.",
          locator: "Outline §III(3)",
          children: [
            {
              id: "outline.task.13",
              kind: "task",
              number: "13",
              heading: "Facilitate the growth of scientific and technological innovation talents",
              summary:
                "Research how innovators grow, build engineering capability certification with international mutual recognition, set up credible awards and support young talent.",
              locator: "Outline §III(3).13",
            },
            {
              id: "outline.task.14",
              kind: "task",
              number: "14",
              heading:
                "Promote the gathering and flow of scientific and technological innovation talents",
              summary:
                "Improve how talent is trained, evaluated, moved and rewarded, steer talent to poor and border areas, and attract overseas scientists through the HOME programme.",
              locator: "Outline §III(3).14",
            },
            {
              id: "outline.task.15",
              kind: "task",
              number: "15",
              heading:
                "Promote the establishment of empowered and innovative collaborative organizations",
              summary:
                "Form alliances across disciplines, industries and societies around frontier and key common technologies to move results into use.",
              locator: "Outline §III(3).15",
            },
          ],
        },
        {
          id: "outline.area.4",
          kind: "area",
          number: "(4)",
          heading: "Improve the socialized service ability of science and technology",
          summary:
            "Serves decision-making, answers public concerns, takes on functions transferred by government and supports regional development.",
          locator: "Outline §III(4)",
          children: [
            {
              id: "outline.task.16",
              kind: "task",
              number: "16",
              heading: "Establish a flexible network of scientific and technological think tanks",
              summary:
                "Use the China Science and Technology Summit as a flagship think-tank platform, build professional and regional think tanks and partner with top institutions.",
              locator: "Outline §III(4).16",
            },
            {
              id: "outline.task.17",
              kind: "task",
              number: "17",
              heading: "Provide consultation on major scientific decisions",
              summary:
                "Do strategic consulting research, give advice on economic and social development, and evaluate major policies as a third party.",
              locator: "Outline §III(4).17",
            },
            {
              id: "outline.task.18",
              kind: "task",
              number: "18",
              heading: "Guide social topics to the right track",
              summary:
                "Have scientists explain public controversies on environment, health and food safety, with a fast-response mechanism.",
              locator: "Outline §III(4).18",
            },
            {
              id: "outline.task.19",
              kind: "task",
              number: "19",
              heading: "Serve regional innovation and development",
              summary:
                "Involve societies and local associations in key regions such as Beijing-Tianjin-Hebei, the Yangtze River Delta and the Greater Bay Area, and cooperate strategically with local governments.",
              locator: "Outline §III(4).19",
            },
            {
              id: "outline.task.20",
              kind: "task",
              number: "20",
              heading: "Provide professional and socialized services",
              summary:
                "Make societies providers of professional public services such as assessment, engineering qualifications, standards and award nominations, and of intermediary services for universities, institutes and firms.",
              locator: "Outline §III(4).20",
            },
          ],
        },
        {
          id: "outline.area.5",
          kind: "area",
          number: "(5)",
          heading: "Improve scientific and people-to-people exchanges and cooperation",
          summary:
            "Develops non-governmental international exchange, global partnerships and participation in global science governance.",
          locator: "Outline §III(5)",
          children: [
            {
              id: "outline.task.21",
              kind: "task",
              number: "21",
              heading: "Participate deeply in global governance of science and technology",
              summary:
                "Widen international non-governmental exchange, help shape global rules and agendas in science, and train candidates for posts in international organisations.",
              locator: "Outline §III(5).21",
            },
            {
              id: "outline.task.22",
              kind: "task",
              number: "22",
              heading: "Support the launching of international science programs",
              summary:
                "Encourage Chinese scientists to initiate and lead major international programmes on shared challenges such as food, energy, health and climate.",
              locator: "Outline §III(5).22",
            },
            {
              id: "outline.task.23",
              kind: "task",
              number: "23",
              heading:
                "Carry out scientific and people-to-people exchanges within the framework of the Belt and Road Initiative",
              summary:
                "Build dialogue and cooperation mechanisms with Belt and Road countries, including joint laboratories, science parks and technology transfer.",
              locator: "Outline §III(5).23",
            },
            {
              id: "outline.task.24",
              kind: "task",
              number: "24",
              heading:
                "Promote the construction of the headquarters center of international scientific and technological organizations",
              summary:
                "Attract international scientific organisations, their branches and secretariats to register and set up headquarters in China.",
              locator: "Outline §III(5).24",
            },
          ],
        },
      ],
    },
    {
      id: "outline.part.4",
      kind: "part",
      number: "IV",
      heading: "Supporting measures",
      summary: "Lists seven measures that secure the outline's implementation.",
      locator: "Outline §IV",
      children: [
        {
          id: "outline.measure.1",
          kind: "measure",
          number: "(1)",
          heading: "Strengthen the organizational leadership",
          summary:
            "A CAST leading group steers and supervises implementation, and the outline's objectives are built into CAST's performance assessment.",
          locator: "Outline §IV(1)",
        },
        {
          id: "outline.measure.2",
          kind: "measure",
          number: "(2)",
          heading: "Formulate the development plan of scientific and technological societies",
          summary:
            "Each national society writes its own medium- and long-term development plan under the outline, with governance reform as the breakthrough.",
          locator: "Outline §IV(2)",
        },
        {
          id: "outline.measure.3",
          kind: "measure",
          number: "(3)",
          heading:
            "Formulate the development plan of local associations for science and technology",
          summary:
            "Local associations write development plans aligned with regional and sectoral plans and get the outline's key tasks into local government work plans.",
          locator: "Outline §IV(3)",
        },
        {
          id: "outline.measure.4",
          kind: "measure",
          number: "(4)",
          heading:
            "Strengthen the construction of grassroots associations for science and technology",
          summary:
            "Remedy the grassroots associations' lack of posts, funds, offices and staff, and set up associations in universities, institutes, firms, townships and new organisations.",
          locator: "Outline §IV(4)",
        },
        {
          id: "outline.measure.5",
          kind: "measure",
          number: "(5)",
          heading: "Strengthen staff training and management",
          summary:
            "Train association staff and professionalise society secretariats and secretaries-general.",
          locator: "Outline §IV(5)",
        },
        {
          id: "outline.measure.6",
          kind: "measure",
          number: "(6)",
          heading: "Strengthen the guarantee of conditions",
          summary:
            "Tie implementation to CAST's plans and budget, seek supportive laws and policies, give science popularisation investment the same preferences as research investment, and fund journals steadily.",
          locator: "Outline §IV(6)",
        },
        {
          id: "outline.measure.7",
          kind: "measure",
          number: "(7)",
          heading: "Strengthen the continuity and conjunction of the implementation",
          summary:
            "The Three-Year Action Plan (2018–2020) implements the outline's first three years. Afterwards a phased implementation plan is made every five years in step with the national plans, and the outline is evaluated twice every five years.",
          locator: "Outline §IV(7)",
        },
      ],
    },
  ],
  phases: [
    {
      id: "outline.phase.step-1",
      name: "First step (to 2020)",
      kind: "step",
      period: { start: 2018, end: 2020 },
      goalIds: ["outline.step.2020"],
      note: "The outline gives each step's deadline only; the step starts with the outline's issue year (editorial).",
    },
    {
      id: "outline.phase.step-2",
      name: "Second step (to 2035)",
      kind: "step",
      period: { start: 2021, end: 2035 },
      goalIds: [
        "outline.step.2035",
        "outline.step.2035.goal.1",
        "outline.step.2035.goal.2",
        "outline.step.2035.goal.3",
        "outline.step.2035.goal.4",
        "outline.step.2035.goal.5",
      ],
      note: "The outline gives each step's deadline only; the step starts the year after the previous deadline (editorial).",
    },
    {
      id: "outline.phase.step-3",
      name: "Third step (to 2050)",
      kind: "step",
      period: { start: 2036, end: 2050 },
      goalIds: ["outline.step.2050"],
      note: "The outline gives each step's deadline only; the step starts the year after the previous deadline (editorial).",
    },
    {
      id: "outline.phase.ap2018",
      name: "Three-Year Action Plan (2018–2020)",
      kind: "action-plan",
      period: { start: 2018, end: 2020 },
      goalIds: [
        "ap2018.goal.1",
        "ap2018.goal.2",
        "ap2018.goal.3",
        "ap2018.goal.4",
        "ap2018.goal.5",
        "ap2018.goal.6",
        "ap2018.goal.7",
      ],
      planId: "ap2018",
      note: "Outline §IV(7): the action plan is the implementation plan for the outline's first three years and the follow-up of CAST's 13th Five-Year Plan (2016–2020).",
    },
  ],
  cadences: [
    {
      id: "outline.cadence.phase-plan",
      activity: "planning",
      kind: "periodic",
      label: "Phased implementation plan every five years",
      cycleYears: 5,
      occurrences: 1,
      alignedWith: "national-five-year-plan",
      statedIn: "outline.measure.7",
      quote:
        "In the future, it will be synchronized with the national economic and social development plan, and it will be necessary to formulate a phased implementation plan every five years.",
    },
    {
      id: "outline.cadence.evaluation",
      activity: "evaluation",
      kind: "periodic",
      label: "Evaluation twice every five years",
      cycleYears: 5,
      occurrences: 2,
      alignedWith: "national-five-year-plan",
      statedIn: "outline.measure.7",
      quote:
        "In the meantime, it is necessary to strengthen the monitoring and evaluation of the implementation of the outline of the development plan, and carry out relevant evaluation twice every five years.",
    },
  ],
};
