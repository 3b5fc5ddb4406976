// The Three-Year Action Plan for the Development of CAST (2018–2020), the outline's appendix, as a
// plan: its structure tree (numbers and headings exactly as printed in the English plan text) and
// the cadences its §IX prescribes. Summaries are ours.
import type { PlanInput } from "../schemas/index.js";

/** The action plan. @internal */
export const actionPlan: PlanInput = {
  id: "ap2018",
  kind: "action-plan",
  title: {
    en: "Three-Year Action Plan for the Development of the China Association for Science and Technology (2018-2020)",
    zh: "中国科协事业发展三年行动计划（2018-2020年）",
  },
  shortTitle: "Three-Year Action Plan",
  issuer: "China Association for Science and Technology",
  issued: "2018-12-29",
  period: { start: 2018, end: 2020 },
  parentPlanId: "outline",
  source: "src.plan-text",
  items: [
    {
      id: "ap2018.part.1",
      kind: "part",
      number: "I",
      heading: "Development background and trend",
      summary:
        "Reviews what the associations achieved since 2016, from reform and academic exchange to popular science and full membership of the Washington Accord, and names the problems that remain: weak mobilisation, innovation capacity and leadership, and unbalanced development.",
      locator: "Action plan §I",
    },
    {
      id: "ap2018.part.2",
      kind: "part",
      number: "II",
      heading: "Guiding principles and development goals",
      summary: "States the plan's guiding principles and its seven development goals.",
      locator: "Action plan §II",
      children: [
        {
          id: "ap2018.principles",
          kind: "principle",
          number: "(1)",
          heading: "Guiding principles",
          summary:
            "Deepen the reform of the association system under the Party's guiding theories and serve scientists, innovation, public science literacy and decision-making. Rebuild the work around the three wheels of academics, popular science and think tanks, and around internationalisation, informatisation and synergy.",
          locator: "Action plan §II(1)",
        },
        {
          id: "ap2018.goals",
          kind: "section",
          number: "(2)",
          heading: "Development goals",
          summary:
            "Aims at breakthroughs in reform and a stronger academic atmosphere by the end of the plan, spelled out in seven goals.",
          locator: "Action plan §II(2)",
          children: [
            {
              id: "ap2018.goal.1",
              kind: "goal",
              heading: "Significantly increase the ability of political guidance and absorption",
              summary:
                "Party organisations in the associations cover more and work better, the spirit of scientists takes root, and the associations' incentives and bridging role grow.",
              deadline: 2020,
              locator: "Action plan §II(2), bullet 1",
              tags: ["deadline-implied"],
            },
            {
              id: "ap2018.goal.2",
              kind: "goal",
              heading:
                "Significantly expand the effective coverage of associations for science and technology",
              summary:
                "Reform of the national societies and local associations advances and their governance is modernised.",
              deadline: 2020,
              locator: "Action plan §II(2), bullet 2",
              tags: ["deadline-implied"],
            },
            {
              id: "ap2018.goal.3",
              kind: "goal",
              heading: "Significantly enhance the ability to serve academic exchanges",
              summary:
                "Academic exchange gains international influence, with 5 to 10 international conference brands formed, stronger journals and new collaborative organisations.",
              deadline: 2020,
              locator: "Action plan §II(2), bullet 3",
              tags: ["deadline-implied"],
            },
            {
              id: "ap2018.goal.4",
              kind: "goal",
              heading:
                "Preliminarily establish a network of flexible science and technology think tanks",
              summary:
                "The China Science and Technology Summit plays its full role, decision support improves, and a mechanism answers public concerns about science quickly.",
              deadline: 2020,
              locator: "Action plan §II(2), bullet 4",
              tags: ["deadline-implied"],
            },
            {
              id: "ap2018.goal.5",
              kind: "goal",
              heading:
                "Further form a great popular science pattern featuring social participation and joint cooperation",
              summary:
                "The national science literacy action is implemented in depth and gaps between areas and groups narrow. The share of citizens with science literacy is to exceed 10%.",
              deadline: 2020,
              locator: "Action plan §II(2), bullet 5",
              tags: ["deadline-implied"],
            },
            {
              id: "ap2018.goal.6",
              kind: "goal",
              heading:
                "Further form a new pattern of international non-governmental scientific and technological exchanges",
              summary:
                "The associations gain influence and agenda-setting power internationally, share China's experience, and begin to attract international organisations' headquarters.",
              deadline: 2020,
              locator: "Action plan §II(2), bullet 6",
              tags: ["deadline-implied"],
            },
            {
              id: "ap2018.goal.7",
              kind: "goal",
              heading:
                "Basically establish the service system of the smart association for science and technology",
              summary:
                "Popular science services become more accurate and intelligent, academic information services and the Central Kitchen are built, and data are shared.",
              deadline: 2020,
              locator: "Action plan §II(2), bullet 7",
              tags: ["deadline-implied"],
            },
          ],
        },
      ],
    },
    {
      id: "ap2018.project.1",
      kind: "project",
      number: "III",
      heading: "Implement the project to unite people and pool strengths",
      summary:
        "Strengthens Party organisations in the association system and its power to mobilise, and builds a spiritual home for scientists.",
      locator: "Action plan §III",
      children: [
        {
          id: "ap2018.action.1",
          kind: "action",
          number: "1",
          heading: "Promote the “Smart Party Building” action",
          summary:
            "Use the Smart Party Building platform to combine the internet with Party building and improve Party organisations in societies.",
          locator: "Action plan §III.1",
        },
        {
          id: "ap2018.action.2",
          kind: "action",
          number: "2",
          heading: "Carry out the action to enhance the capacity to motivate public participation",
          summary:
            "Celebrate National Science and Technology Workers' Day, run the “3+1” grassroots pilot, assess the national societies' capacity, and set up associations in universities, firms, institutes, townships and new organisations. CAST also cooperates with provinces on national regional strategies.",
          locator: "Action plan §III.2",
        },
        {
          id: "ap2018.action.3",
          kind: "action",
          number: "3",
          heading:
            "Carry out the incentive and promotion program of associations for science and technology",
          summary:
            "Launch awards such as the National Award for Outstanding Engineers, refocus youth and women scientists' awards, and fund young scientists under 32.",
          locator: "Action plan §III.3",
        },
        {
          id: "ap2018.action.4",
          kind: "action",
          number: "4",
          heading: "Carry out activities to promote scientific spirit",
          summary:
            "Issue opinions on the scientist spirit, publicise scientists' stories, collect senior scientists' records and build the National Museum for Chinese Scientists.",
          locator: "Action plan §III.4",
        },
        {
          id: "ap2018.action.5",
          kind: "action",
          number: "5",
          heading:
            "Carry out the action to promote the publicity and education of scientific ethics and academic discipline",
          summary:
            "Build a national system of education in research ethics, with symposiums, training, textbooks and international cooperation on research integrity.",
          locator: "Action plan §III.5",
        },
      ],
    },
    {
      id: "ap2018.project.2",
      kind: "project",
      number: "IV",
      heading: "Implement the academic leading project",
      summary:
        "Reforms the societies and uses academic exchange to lead innovation and discipline development.",
      locator: "Action plan §IV",
      children: [
        {
          id: "ap2018.action.6",
          kind: "action",
          number: "6",
          heading: "Create high-end academic products and brands",
          summary:
            "Hold global conferences in fields such as life science, robotics and transport, make the CAST annual meeting an international platform, and launch a hundred demonstration academic conferences with a quality evaluation system.",
          locator: "Action plan §IV.6",
        },
        {
          id: "ap2018.action.7",
          kind: "action",
          number: "7",
          heading: "Promote the construction of world-class STM journals",
          summary:
            "Implement the China STEM Journal Excellence Action Plan, support journals with world-class potential and publish a catalogue of high-quality journals.",
          locator: "Action plan §IV.7",
        },
        {
          id: "ap2018.action.8",
          kind: "action",
          number: "8",
          heading: "Promote the construction of world-class scientific and technological societies",
          summary:
            "Reform the national societies and build their capacity for exchange, journals, awards, standards and public services.",
          locator: "Action plan §IV.8",
        },
        {
          id: "ap2018.action.9",
          kind: "action",
          number: "9",
          heading:
            "Promote the construction of enabling and innovative collaborative organizations",
          summary:
            "Set up innovation alliances and consortia around frontier and key generic technologies, link them to capital, and widen exchange with young people from Hong Kong, Macao and Taiwan.",
          locator: "Action plan §IV.9",
        },
        {
          id: "ap2018.action.10",
          kind: "action",
          number: "10",
          heading: "Promote the deep integration of technology and economy",
          summary:
            "Use academician and expert workstations to help firms innovate, and keep hosting the National Mass Innovation and Entrepreneurship Week and related events.",
          locator: "Action plan §IV.10",
        },
      ],
    },
    {
      id: "ap2018.project.3",
      kind: "project",
      number: "V",
      heading: "Implement the project of pooling wisdom in China",
      summary:
        "Builds a flexible think-tank network and a decision consultation platform to serve the Party and government and answer social concerns.",
      locator: "Action plan §V",
      children: [
        {
          id: "ap2018.action.11",
          kind: "action",
          number: "11",
          heading:
            "Strengthen the construction of a flexible network of science and technology think tanks",
          summary:
            "Build professional think tanks in societies and regional research bases in local associations, do third-party evaluation, survey scientists and cooperate with top institutions abroad.",
          locator: "Action plan §V.11",
        },
        {
          id: "ap2018.action.12",
          kind: "action",
          number: "12",
          heading: "Hold a series of activities for the China Science and Technology Summit",
          summary:
            "Hold thematic summits and global think-tank and innovation-policy forums that set agendas and produce policy proposals.",
          locator: "Action plan §V.12",
        },
        {
          id: "ap2018.action.13",
          kind: "action",
          number: "13",
          heading: "Carry out the research plan on technology foresight",
          summary:
            "Run technology foresight research through the societies and report on frontier trends and emerging disciplines.",
          locator: "Action plan §V.13",
        },
        {
          id: "ap2018.action.14",
          kind: "action",
          number: "14",
          heading:
            "Promote the development and application of research achievements of scientific and technological think tanks",
          summary:
            "Turn CAST's key research into timely decision advice and improve how think-tank results are reported and published.",
          locator: "Action plan §V.14",
        },
      ],
    },
    {
      id: "ap2018.project.4",
      kind: "project",
      number: "VI",
      heading: "Implement the science popularization brand project",
      summary:
        "Spreads the scientific spirit, inspires young people and builds a joint pattern of science popularisation to raise public science literacy.",
      locator: "Action plan §VI",
      children: [
        {
          id: "ap2018.action.15",
          kind: "action",
          number: "15",
          heading: "Further promote the national science literacy action",
          summary:
            "Make governments responsible for citizens' science literacy, build an evaluation system, and draft a plan for citizens' science literacy to 2035. Also National Science Day, training of popularisers and support for popular science works.",
          locator: "Action plan §VI.15",
        },
        {
          id: "ap2018.action.16",
          kind: "action",
          number: "16",
          heading: "Carry out the innovation of modern science and technology museum system",
          summary:
            "Build a museum system of traditional, mobile, rural school and digital science museums. By 2020: 300 mobile science museums and 1,500 popular science caravans, plus 1,000 museums at rural middle schools.",
          locator: "Action plan §VI.16",
        },
        {
          id: "ap2018.action.17",
          kind: "action",
          number: "17",
          heading:
            "Carry out the action to promote science and technology reserve personnel training",
          summary:
            "Expand youth science contests, camps and programmes, open laboratories to the young and train science teachers.",
          locator: "Action plan §VI.17",
        },
        {
          id: "ap2018.action.18",
          kind: "action",
          number: "18",
          heading: "Carry out scientific popularization of academic resources",
          summary:
            "Get scientists to popularise new research and build science communication expert teams: by 2020 more than 80% of national societies have such teams, with more than 10,000 experts.",
          locator: "Action plan §VI.18",
        },
        {
          id: "ap2018.action.19",
          kind: "action",
          number: "19",
          heading: "Promote science popularization to serve the rural vitalization plan",
          summary:
            "Raise farmers' science literacy, build grassroots outlets such as the China Science Communication e-Stations, and upgrade rural technical associations to whole-industry-chain services.",
          locator: "Action plan §VI.19",
        },
      ],
    },
    {
      id: "ap2018.project.5",
      kind: "project",
      number: "VII",
      heading: "Implement the project to support science and technology diplomacy",
      summary:
        "Deepens international non-governmental exchange and China's part in global science governance.",
      locator: "Action plan §VII",
      children: [
        {
          id: "ap2018.action.20",
          kind: "action",
          number: "20",
          heading: "Carry out people-to-people science and technology exchange projects",
          summary:
            "Set up science centres abroad, support Chinese scientists in international posts, attract international organisations' headquarters, serve the Belt and Road Initiative and run the HOME programme.",
          locator: "Action plan §VII.20",
        },
        {
          id: "ap2018.action.21",
          kind: "action",
          number: "21",
          heading: "Carry out the plan to share Chinese solutions",
          summary:
            "Build engineering capability certification, use Washington Accord membership toward mutual recognition of engineers, and work at the United Nations through CAST's ECOSOC status.",
          locator: "Action plan §VII.21",
        },
        {
          id: "ap2018.action.22",
          kind: "action",
          number: "22",
          heading:
            "Carry out the international plan of science and technology education for young people",
          summary:
            "Create an international youth science education forum and Belt and Road youth camps, and internationalise major youth competitions.",
          locator: "Action plan §VII.22",
        },
        {
          id: "ap2018.action.23",
          kind: "action",
          number: "23",
          heading: "Carry out a series of activities to promote science literacy worldwide",
          summary:
            "Hold the World Conference on Science Literacy, issue a Beijing Declaration and build global cooperation on science communication, including a Belt and Road league of popular science facilities.",
          locator: "Action plan §VII.23",
        },
      ],
    },
    {
      id: "ap2018.project.6",
      kind: "project",
      number: "VIII",
      heading: "Implement the project to build smart associations for science and technology",
      summary:
        "Builds an intelligent online association that reaches more scientists and serves them digitally.",
      locator: "Action plan §VIII",
      children: [
        {
          id: "ap2018.action.24",
          kind: "action",
          number: "24",
          heading: "Implement the action to promote science popularization informatization",
          summary:
            "Produce and spread quality popular science content in new media, and set up the China Science Communication Alliance and a certification mechanism for popular science.",
          locator: "Action plan §VIII.24",
        },
        {
          id: "ap2018.action.25",
          kind: "action",
          number: "25",
          heading:
            "Build an academic information service system of science and technology societies",
          summary:
            "Build shared platforms for academic resources, scientists' networking, innovation resources and the association system's collaborative work.",
          locator: "Action plan §VIII.25",
        },
        {
          id: "ap2018.action.26",
          kind: "action",
          number: "26",
          heading: "Build the “Central Kitchen” of smart associations for science and technology",
          summary:
            "Set standards for smart associations, connect their platforms, and build a data centre and a cooperative work platform for the whole system.",
          locator: "Action plan §VIII.26",
        },
        {
          id: "ap2018.action.27",
          kind: "action",
          number: "27",
          heading:
            "Innovate the product and service model of smart associations for science and technology",
          summary:
            "Adopt a “customised application + application store” model, combine public welfare with market operation, and draw social forces into building the online association.",
          locator: "Action plan §VIII.27",
        },
      ],
    },
    {
      id: "ap2018.part.9",
      kind: "part",
      number: "IX",
      heading: "Supporting measures",
      summary: "Lists four measures that secure the plan's implementation.",
      locator: "Action plan §IX",
      children: [
        {
          id: "ap2018.measure.1",
          kind: "measure",
          number: "(1)",
          heading: "Strengthen the organizational leadership",
          summary:
            "Associations adjust their plans to this one; CAST splits its objectives among its departments and units with schedules and makes annual and staged implementation plans.",
          locator: "Action plan §IX(1)",
        },
        {
          id: "ap2018.measure.2",
          kind: "measure",
          number: "(2)",
          heading: "Deepen the reform of the science and technology association system",
          summary:
            "Carry out the reform plan of the General Office of the CPC Central Committee: stronger political guidance, wider contact with scientists and relief for the grassroots' lack of posts, funds, offices and staff.",
          locator: "Action plan §IX(2)",
        },
        {
          id: "ap2018.measure.3",
          kind: "measure",
          number: "(3)",
          heading: "Strengthen staff training and management",
          summary:
            "Improve the structure, assessment and training of association staff and professionalise society secretariats.",
          locator: "Action plan §IX(3)",
        },
        {
          id: "ap2018.measure.4",
          kind: "measure",
          number: "(4)",
          heading: "Strengthen condition improvement and evaluation",
          summary:
            "Seek diversified support and policies, raise popular science funding, and evaluate the plan every year and finally at the end of the third year, counting the results in officials' performance assessment.",
          locator: "Action plan §IX(4)",
        },
      ],
    },
  ],
  cadences: [
    {
      id: "ap2018.cadence.annual-plan",
      activity: "planning",
      kind: "annual",
      label: "Annual implementation plan",
      statedIn: "ap2018.measure.1",
      quote:
        "CAST will split the objectives and tasks of this action plan into departments and units directly under its jurisdiction, clarify the responsible departments (units) and schedule arrangements, and formulate annual and staged implementation plans.",
    },
    {
      id: "ap2018.cadence.annual-evaluation",
      activity: "evaluation",
      kind: "annual",
      label: "Annual evaluation",
      statedIn: "ap2018.measure.4",
      quote:
        "We will decompose and divide the objectives and tasks of this action plan, carry out the annual evaluation and the final evaluation on its implementation at the end of the third year, and include the evaluation results as an indicator for the evaluation and assessment of relevant officials' job performance.",
    },
    {
      id: "ap2018.cadence.final-evaluation",
      activity: "evaluation",
      kind: "final",
      label: "Final evaluation at the end of the third year",
      statedIn: "ap2018.measure.4",
      quote:
        "We will decompose and divide the objectives and tasks of this action plan, carry out the annual evaluation and the final evaluation on its implementation at the end of the third year, and include the evaluation results as an indicator for the evaluation and assessment of relevant officials' job performance.",
    },
  ],
};
