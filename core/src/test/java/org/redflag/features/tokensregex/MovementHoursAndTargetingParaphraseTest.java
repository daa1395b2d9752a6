package org.redflag.features.tokensregex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redflag.features.tokensregex.ShippedRules.detect;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.redflag.features.Indicator;
import org.redflag.features.IndicatorMatch;

/**
 * The fourth round's paraphrase families for RESTRICTED_MOVEMENT, EXCESSIVE_HOURS, URGENCY, VULNERABILITY_TARGETING,
 * DOCUMENT_RETENTION, DEMOGRAPHIC_TARGETING and NO_REQUIREMENTS: for each family a phrase, a paraphrase of it, and fair or
 * negated wording that must not fire (the fair wording includes what the legitimate EMSCAD ads say).
 */
class MovementHoursAndTargetingParaphraseTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        EXCESSIVE_HOURS          | Working schedule: 0600-1800, Saturday to Thursday.
        EXCESSIVE_HOURS          | Shift 07:30-21:30 Mon-Sat.
        EXCESSIVE_HOURS          | Shifts 6am-6pm, 6 days.
        EXCESSIVE_HOURS          | We work from 7 am to 7 pm every day.
        EXCESSIVE_HOURS          | Work starts when the family wakes up and finishes when they sleep.
        EXCESSIVE_HOURS          | Pick up 5.30am, finish when job done.
        EXCESSIVE_HOURS          | Work every day from 7 in morning until dinner service finishes.
        EXCESSIVE_HOURS          | No guaranteed days off during the 10-month contract.
        EXCESSIVE_HOURS          | Rest days are not guaranteed.
        EXCESSIVE_HOURS          | Monday to Saturday, Sunday sometimes also.
        EXCESSIVE_HOURS          | Sunday work when order is big.
        EXCESSIVE_HOURS          | Shifts 6 days. Sometimes 7.
        EXCESSIVE_HOURS          | Back around 6-7pm, 7 days when the crop is on.
        EXCESSIVE_HOURS          | No overtime payment as fishing hours depend on the catch.
        EXCESSIVE_HOURS          | Working time is arranged according to the catch.
        EXCESSIVE_HOURS          | The nanny must remain available to the children at all times.
        EXCESSIVE_HOURS          | Live aboard, must be available 24/7 for guests.
        EXCESSIVE_HOURS          | 24/7 availability in the patient's villa.
        EXCESSIVE_HOURS          | Work is from 7 in morning to 11 at night.
        EXCESSIVE_HOURS          | We work from dawn to dusk during harvest.
        EXCESSIVE_HOURS          | Trabajo de sol a sol.
        EXCESSIVE_HOURS          | Duty 12hr, no day off.
        EXCESSIVE_HOURS          | Long days, often 14 hours.
        EXCESSIVE_HOURS          | Working hours: 72 per week.
        EXCESSIVE_HOURS          | Rest day only when there is no work.
        EXCESSIVE_HOURS          | Hours according to the family's needs.
        EXCESSIVE_HOURS          | Overtime is unlimited.
        EXCESSIVE_HOURS          | praca 6 dni w tygodniu po 11-12 godzin, w sezonie również niedziele
        EXCESSIVE_HOURS          | график 7:00-20:00, без выходных
        RESTRICTED_MOVEMENT      | Hostel with us is compulsory.
        RESTRICTED_MOVEMENT      | Accommodation is compulsory for all workers in our houses.
        RESTRICTED_MOVEMENT      | Residence in our holiday park is part of the package for all team members.
        RESTRICTED_MOVEMENT      | Pekerja wajib tinggal di perumahan estate.
        RESTRICTED_MOVEMENT      | You stay in our house in Ilford.
        RESTRICTED_MOVEMENT      | You sleep in the crew house, 6 guys to a room.
        RESTRICTED_MOVEMENT      | Dorm in factory.
        RESTRICTED_MOVEMENT      | Hostel is inside factory so no need to go outside.
        RESTRICTED_MOVEMENT      | Workers are housed in the centralised labour quarters.
        RESTRICTED_MOVEMENT      | The site is remote and reachable only by plane.
        RESTRICTED_MOVEMENT      | Estate is deep inside, 3 hours to town.
        RESTRICTED_MOVEMENT      | Company lorry goes once a month.
        RESTRICTED_MOVEMENT      | Transport to the village is by the company van on Saturdays.
        RESTRICTED_MOVEMENT      | On Sundays the owner drives you to the shop.
        RESTRICTED_MOVEMENT      | The crew leader holds your phone during work.
        RESTRICTED_MOVEMENT      | You cannot go on land during the trip.
        RESTRICTED_MOVEMENT      | You must stay with us until the loan is cleared.
        RESTRICTED_MOVEMENT      | Workers must be back in the dormitory by 9 pm.
        RESTRICTED_MOVEMENT      | Including a curfew and no external visitors.
        RESTRICTED_MOVEMENT      | Stay-in helper needed for a family in Riyadh.
        RESTRICTED_MOVEMENT      | Days off are spent in the house.
        RESTRICTED_MOVEMENT      | The employer decides when you can go out.
        RESTRICTED_MOVEMENT      | You need permission to leave the house.
        RESTRICTED_MOVEMENT      | Movement outside the camp is restricted.
        RESTRICTED_MOVEMENT      | The doors are locked at night.
        RESTRICTED_MOVEMENT      | You cannot leave the job before the contract ends.
        RESTRICTED_MOVEMENT      | The girls stay together in an apartment.
        RESTRICTED_MOVEMENT      | Workers sleep at the workshop.
        RESTRICTED_MOVEMENT      | проживание в вагончиках прямо на объекте, выход с объекта только с бригадиром
        RESTRICTED_MOVEMENT      | Nie wolno wychodzić z hotelu.
        DOCUMENT_RETENTION       | Boat owner keeps the alien registration card and passport to prevent desertion.
        DOCUMENT_RETENTION       | Passports are held by the supervisor so that workers do not run away.
        DOCUMENT_RETENTION       | Passport kept by co. PRO during the contract.
        DOCUMENT_RETENTION       | Personal documents are deposited at reception for the duration of employment.
        DOCUMENT_RETENTION       | Your passport is held for the whole contract.
        DOCUMENT_RETENTION       | Passports stay in the hostel safe until the loan is repaid.
        DOCUMENT_RETENTION       | We take care of your passport while you work here.
        DOCUMENT_RETENTION       | Company keep our passport in office so we don't lose it.
        DOCUMENT_RETENTION       | You get your passport back when the contract ends.
        DOCUMENT_RETENTION       | Your passport goes to the boss when you arrive.
        DOCUMENT_RETENTION       | Documents will be in the care of the company.
        DOCUMENT_RETENTION       | Passports and work permits are kept centrally.
        DOCUMENT_RETENTION       | Your documents are safe with us.
        DOCUMENT_RETENTION       | The company will hold onto all passports.
        DOCUMENT_RETENTION       | Passports are locked away for the season.
        DOCUMENT_RETENTION       | паспорта сдаёте бригадиру на хранение
        DOCUMENT_RETENTION       | dowód osobisty zostawiasz w biurze koordynatora
        DOCUMENT_RETENTION       | Công ty giữ hộ chiếu trong thời gian làm việc.
        URGENCY                  | The boss needs 8 helpers right away.
        URGENCY                  | Need 20 men now.
        URGENCY                  | Fast fly, 3 weeks only.
        URGENCY                  | Limited offers - 10 remaining this month.
        URGENCY                  | Only 9 places remaining!
        URGENCY                  | Book early, the housing fills fast.
        URGENCY                  | Only a few days left to apply.
        URGENCY                  | Work begins in 5 days.
        URGENCY                  | Intake closes on the 15th.
        URGENCY                  | Spaces are limited, so register by 10 May.
        URGENCY                  | Start as soon as possible, latest 15 December!
        URGENCY                  | Срочно нужны сотрудники! Набор закрывается сегодня!
        URGENCY                  | Vagas só até hoje à meia-noite!
        URGENCY                  | Locurile se ocupă repede.
        URGENCY                  | Zostało 8 miejsc!
        VULNERABILITY_TARGETING  | If you have problem at home or debts this is your chance.
        VULNERABILITY_TARGETING  | Visa running out and no one will take you?
        VULNERABILITY_TARGETING  | Pueden venir con hijos desde 14 años, también trabajan.
        VULNERABILITY_TARGETING  | Widows and ladies with debts, God has opened a door.
        VULNERABILITY_TARGETING  | Girls 16-19 years, no experience.
        VULNERABILITY_TARGETING  | Financial problems? We can help.
        VULNERABILITY_TARGETING  | We help those who have nowhere to go.
        VULNERABILITY_TARGETING  | We pick you up at the shelter or the bus station.
        VULNERABILITY_TARGETING  | Behind on rent? We have work for you.
        VULNERABILITY_TARGETING  | Your status is irregular? We still hire.
        VULNERABILITY_TARGETING  | We accept workers without a residence permit.
        VULNERABILITY_TARGETING  | Work for those who cannot find a job at home.
        VULNERABILITY_TARGETING  | Przyjmujemy też osoby z komornikiem i zadłużeniem.
        DEMOGRAPHIC_TARGETING    | Girls welcome, good vibes only.
        DEMOGRAPHIC_TARGETING    | Lads needed for the farm.
        DEMOGRAPHIC_TARGETING    | NAM NỮ 18–30 TUỔI
        DEMOGRAPHIC_TARGETING    | Ladies only, below 40, unmarried preferred.
        DEMOGRAPHIC_TARGETING    | Only girls under 30 for bar and waitress.
        DEMOGRAPHIC_TARGETING    | We want young girls for the club.
        NO_REQUIREMENTS          | No exp no problem, no edu needed.
        NO_REQUIREMENTS          | Hotel experience is a plus, not a must.
        NO_REQUIREMENTS          | u dont need english
        NO_REQUIREMENTS          | Computer basics only.
        NO_REQUIREMENTS          | No professional childcare experience needed.
        NO_REQUIREMENTS          | Dutch not needed at the start.
        NO_REQUIREMENTS          | Previous experience is appreciated but not required.
        NO_REQUIREMENTS          | Matric fail also can apply.
        NO_REQUIREMENTS          | Even Std 7 leavers, welcome.
        NO_REQUIREMENTS          | Experience not a requirement.
        NO_REQUIREMENTS          | Inexperienced workers welcome.
        NO_REQUIREMENTS          | All you need is a passport.
        NO_REQUIREMENTS          | Language: not needed.
        NO_REQUIREMENTS          | Опыт не обязателен, язык не нужен.
        NO_REQUIREMENTS          | Bez języka, bez doświadczenia.
        NO_REQUIREMENTS          | Không cần kinh nghiệm, không cần tiếng Anh.
        NO_REQUIREMENTS          | Koi padhai-likhai nahi chahiye, koi experience nahi.
        NO_REQUIREMENTS          | Not necessary to have experience.
        NO_REQUIREMENTS          | No prior knowledge needed.
        NO_REQUIREMENTS          | Age no limit.
        URGENCY                  | Hurry! Only 15 chances, we fly next month.
        URGENCY                  | Who is first gets the place.
        EXCESSIVE_HOURS          | Split duty 10:00-15:00 and 18:00-01:00, six days per week.
        EXCESSIVE_HOURS          | You work without breaks.
        EXCESSIVE_HOURS          | OT every day.
        EXCESSIVE_HOURS          | Weekly off: none.
        RESTRICTED_MOVEMENT      | Workers move only by company bus between camp and kitchen.
        RESTRICTED_MOVEMENT      | You will live in the house of the employer.
        RESTRICTED_MOVEMENT      | You are not allowed out.
        DOCUMENT_RETENTION       | Passports are submitted to the company upon joining.
        VULNERABILITY_TARGETING  | Kahit may utang ka, tutulungan ka namin.
        VULNERABILITY_TARGETING  | ¿No tienes papeles? No hay problema.
        VULNERABILITY_TARGETING  | No NI number? Not a problem.
        VULNERABILITY_TARGETING  | We look after people who have no one here, welcome.
        VULNERABILITY_TARGETING  | Those with no job can apply today.
        VULNERABILITY_TARGETING  | Quem estiver precisando de dinheiro rápido pode vir.
        VULNERABILITY_TARGETING  | We help families who fled the war.
        """)
    void findsTheFourthRoundParaphraseFamilies(Indicator indicator, String sentence) {
        assertThat(detect(sentence)).extracting(IndicatorMatch::indicator).contains(indicator);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        EXCESSIVE_HOURS          | Office hours 8:00-17:00, Monday to Friday.
        EXCESSIVE_HOURS          | Office hours 9am-5pm, Monday to Friday.
        EXCESSIVE_HOURS          | Breakfast service 5am to 9am, then free.
        EXCESSIVE_HOURS          | Pick-up back around 6-7pm.
        EXCESSIVE_HOURS          | Shift Schedule: Day Shift (6am to 6pm), 2-on/2-off Rotation.
        EXCESSIVE_HOURS          | 4 on / 4 off, 12-hour shifts (06:00-18:00 or 18:00-06:00).
        EXCESSIVE_HOURS          | Full time 40 hours per week, no weekends.
        EXCESSIVE_HOURS          | Be able to work 24 hours per week during regular business hours.
        EXCESSIVE_HOURS          | Display professionalism and courtesy at all times.
        EXCESSIVE_HOURS          | You keep your passport and residence card at all times.
        EXCESSIVE_HOURS          | Be part of our 24/7 Customer Care Team.
        EXCESSIVE_HOURS          | Chat with a recruiter on WhatsApp 24/7.
        EXCESSIVE_HOURS          | The contract ends when the project is finished.
        EXCESSIVE_HOURS          | Paid holidays also included.
        EXCESSIVE_HOURS          | Support is available around the clock.
        EXCESSIVE_HOURS          | Typically 12 hours per week.
        EXCESSIVE_HOURS          | Working time: 8 hours.
        RESTRICTED_MOVEMENT      | You aren't going to be micro-managed here.
        RESTRICTED_MOVEMENT      | Please no phone calls or in person submittals.
        RESTRICTED_MOVEMENT      | Accommodation is optional and not compulsory.
        RESTRICTED_MOVEMENT      | We help you find a room in town.
        RESTRICTED_MOVEMENT      | Live in your own rented flat in town.
        RESTRICTED_MOVEMENT      | You must be back at work by 9 am on Monday.
        RESTRICTED_MOVEMENT      | You can leave the job with one month's notice.
        RESTRICTED_MOVEMENT      | Lives in London with his wife.
        DOCUMENT_RETENTION       | Passport aap ke apne paas rahega.
        DOCUMENT_RETENTION       | Keep your passport with you for the duration of the trip.
        DOCUMENT_RETENTION       | Your passport goes to the embassy for visa stamping.
        DOCUMENT_RETENTION       | The passport is returned after 2 weeks of visa processing.
        DOCUMENT_RETENTION       | Documents are in the care of the candidate at all times.
        DOCUMENT_RETENTION       | Your data are safe with us.
        URGENCY                  | We apply this insight to consumer problems.
        URGENCY                  | Paid personal and sick leave after 90 days of employment.
        URGENCY                  | Looking for a designer to join our fast-growing team.
        URGENCY                  | Be excited to join an early stage company.
        URGENCY                  | We need 2 years of experience in sales.
        URGENCY                  | Application deadline is 28th of this month.
        VULNERABILITY_TARGETING  | Government funding is only available for 16-18 year olds.
        VULNERABILITY_TARGETING  | Government funding is only available for 16-18 year olds.Perfect role for school leavers.
        VULNERABILITY_TARGETING  | You must be 16-18 years old to apply for this position as it is an apprenticeship.
        VULNERABILITY_TARGETING  | p.MsoNormal {mso-pagination:widow-orphan;font-size:11.0pt}
        VULNERABILITY_TARGETING  | We just released our new app.
        VULNERABILITY_TARGETING  | Nowhere else will you find such a team.
        VULNERABILITY_TARGETING  | Criminal record check is required.
        VULNERABILITY_TARGETING  | Your visa is valid for two years.
        DEMOGRAPHIC_TARGETING    | Men and women welcome.
        DEMOGRAPHIC_TARGETING    | Both women and men are welcome to apply.
        DEMOGRAPHIC_TARGETING    | A vibrant international team from over 20 different nationalities.
        DEMOGRAPHIC_TARGETING    | If your dog is under 30 pounds, bring them to work.
        DEMOGRAPHIC_TARGETING    | With over 20 years of experience, our company is growing.
        DEMOGRAPHIC_TARGETING    | Recruitment Apprenticeship Available Under NAS 16-24 year olds only!
        DEMOGRAPHIC_TARGETING    | Caregiver for a spunky young woman who has developmental disabilities.
        DEMOGRAPHIC_TARGETING    | Are you a single mother struggling with school fees?
        NO_REQUIREMENTS          | You will need experience in Java.
        NO_REQUIREMENTS          | Fluent English is a must, not a plus.
        NO_REQUIREMENTS          | We charge no fee for training.
        NO_REQUIREMENTS          | No recruitment fee, no deposit, training provided.
        NO_REQUIREMENTS          | Must speak English (Spanish not required).
        NO_REQUIREMENTS          | Previous experience is not essential but helps.
        NO_REQUIREMENTS          | Experience: 3 years minimum.
        NO_REQUIREMENTS          | Knowledge of Excel is required.
        URGENCY                  | We have 6 offices in Europe.
        EXCESSIVE_HOURS          | Morning or evening shifts, five days a week.
        EXCESSIVE_HOURS          | Paid lunch breaks and long weekends.
        VULNERABILITY_TARGETING  | Applicants need a valid NI number and a UK bank account.
        VULNERABILITY_TARGETING  | You will advise customers on their papers and permits.
        """)
    void leavesFairWordingAlone(Indicator indicator, String sentence) {
        assertThat(detect(sentence)).extracting(IndicatorMatch::indicator).doesNotContain(indicator);
    }

    @ParameterizedTest(name = "{0}: {1} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
        DOCUMENT_RETENTION       | We never hold onto passports.                           | We hold onto passports.
        DOCUMENT_RETENTION       | Passports are not kept centrally.                       | Passports are kept centrally.
        RESTRICTED_MOVEMENT      | Accommodation is not compulsory.                        | Accommodation is compulsory.
        RESTRICTED_MOVEMENT      | We never lock the doors at night.                       | The doors are locked at night.
        EXCESSIVE_HOURS          | We never work from dawn to dusk.                        | We work from dawn to dusk.
        VULNERABILITY_TARGETING  | We do not accept workers without a residence permit.    | We accept workers without a residence permit.
        NO_REQUIREMENTS          | Inexperienced workers are not welcome.                  | Inexperienced workers are welcome.
        URGENCY                  | There is no need to register by 10 May.                 | Please register by 10 May.
        """)
    void aNegationNegatesTheFourthRoundFamilies(Indicator indicator, String negated, String affirmed) {
        assertThat(detect(affirmed)).as("without the negation").extracting(IndicatorMatch::indicator).contains(indicator);
        assertThat(detect(negated)).extracting(IndicatorMatch::indicator).doesNotContain(indicator);
    }

    // Fifth round (batches 13-14's wording): for each family a phrase and a paraphrase, then fair or negated wording.
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        EXCESSIVE_HOURS          | Duty 16 ghante, hafte mein chutti nahi.
        EXCESSIVE_HOURS          | Kaam 14 ghante roz.
        EXCESSIVE_HOURS          | Kerja 9 pagi – 1 pagi, tiada cuti mingguan.
        EXCESSIVE_HOURS          | Ma fi ta3til.
        EXCESSIVE_HOURS          | Off day is once a month.
        EXCESSIVE_HOURS          | Rest day only once per month.
        EXCESSIVE_HOURS          | You work from when the family wakes until they sleep.
        EXCESSIVE_HOURS          | Work starts 5am, you rest when the children sleep.
        EXCESSIVE_HOURS          | Overtime until the day's shrimp is finished.
        EXCESSIVE_HOURS          | Working time follows fishing operations.
        EXCESSIVE_HOURS          | Jam kerja mengikuti hasil tangkapan.
        EXCESSIVE_HOURS          | Trabalho de domingo a domingo.
        EXCESSIVE_HOURS          | Turnos de 11 horas, seis días, y el séptimo a disposición.
        EXCESSIVE_HOURS          | 6 days from sunrise, 7 if the crop is on.
        EXCESSIVE_HOURS          | Суббота рабочая, воскресенье по необходимости.
        EXCESSIVE_HOURS          | 300 hours per month, overtime included in salary.
        EXCESSIVE_HOURS          | 18–20 hours when setting and hauling.
        EXCESSIVE_HOURS          | Working day typically 7:00 to 22:00 with breaks.
        EXCESSIVE_HOURS          | Working hours about 7:00–20:00 with meal breaks.
        EXCESSIVE_HOURS          | Disponibilitate zi și noapte.
        EXCESSIVE_HOURS          | Program 6-20 luni-sâmbătă.
        EXCESSIVE_HOURS          | Jornada de 7 a 7, sábado incluido.
        EXCESSIVE_HOURS          | Overtime as required to meet production targets.
        RESTRICTED_MOVEMENT      | Telefoanele se predau la intrarea în tură.
        RESTRICTED_MOVEMENT      | Phones are collected at the start of each shift.
        RESTRICTED_MOVEMENT      | Telefon bimbit dikumpul waktu kerja.
        RESTRICTED_MOVEMENT      | Keluar hanya dengan penyelia.
        RESTRICTED_MOVEMENT      | Workers go out only with the supervisor.
        RESTRICTED_MOVEMENT      | Bahar jaane ke liye kafeel ki ijazat zaroori.
        RESTRICTED_MOVEMENT      | Mamnoo3 el khorooj lewa7dak.
        RESTRICTED_MOVEMENT      | Maid stays inside the house.
        RESTRICTED_MOVEMENT      | You remain inside the villa.
        RESTRICTED_MOVEMENT      | Out-of-hotel overnight stays are not permitted during the season.
        RESTRICTED_MOVEMENT      | Visitors are not allowed; no se permiten visitas.
        RESTRICTED_MOVEMENT      | Site transport provided at fixed times only.
        RESTRICTED_MOVEMENT      | Escorted group transport between residence and venue.
        RESTRICTED_MOVEMENT      | You live aboard during charters.
        RESTRICTED_MOVEMENT      | Associates reside on campus throughout the contract.
        RESTRICTED_MOVEMENT      | Live-in is required.
        RESTRICTED_MOVEMENT      | Food and dormitory inside the park.
        RESTRICTED_MOVEMENT      | Alojamiento en casas de la finca.
        RESTRICTED_MOVEMENT      | Alojamento no barracão da fazenda.
        RESTRICTED_MOVEMENT      | Le poste est logé.
        RESTRICTED_MOVEMENT      | Tinggal bersama keluarga majikan.
        RESTRICTED_MOVEMENT      | A cidade fica a 90 km e o transporte é só no caminhão do patrão.
        RESTRICTED_MOVEMENT      | Transport is only by the company van.
        RESTRICTED_MOVEMENT      | Locuiți în casa persoanei îngrijite.
        RESTRICTED_MOVEMENT      | Kerja di laut tanpa sandar sampai 10 bulan.
        URGENCY                  | Les places sont limitées.
        URGENCY                  | Vagas limitadas!
        URGENCY                  | Quedan pocas plazas.
        URGENCY                  | Hanya 4 kekosongan!
        URGENCY                  | Bertolak minggu depan.
        URGENCY                  | Rawangi 3 hafton mein!
        URGENCY                  | El safar el osboo3 el gay.
        URGENCY                  | Mabilis ang alis, 45 days lang!
        URGENCY                  | ¡Contratación inmediata en Cancún!
        URGENCY                  | Offer ends Sunday!
        URGENCY                  | Selection in Dhaka next week.
        URGENCY                  | Saída sábado da rodoviária.
        URGENCY                  | We need people quickly as calving starts in July.
        RECRUITMENT_FEE          | Yuran proses RM 3,500.
        RECRUITMENT_FEE          | Biaya pelatihan dan sertifikat BST Rp 28 juta.
        RECRUITMENT_FEE          | Gastos de gestión y traducción: 390 €.
        RECRUITMENT_FEE          | Processing fee P35,000, pwedeng hulugan.
        RECRUITMENT_FEE          | Processing and orientation contribution NPR 85,000.
        RECRUITMENT_FEE          | Bonds: $400 upfront.
        RECRUITMENT_FEE          | Pay 50% deposit today to lock your slot.
        RECRUITMENT_FEE          | A sponsorship administration contribution of GBP 2,800 is payable by the candidate.
        RECRUITMENT_FEE          | Processing 35k lang.
        RECRUITMENT_FEE          | Top up RM 99 to activate your merchant account.
        """)
    void findsTheFifthRoundParaphraseFamilies(Indicator indicator, String sentence) {
        assertThat(detect(sentence)).extracting(IndicatorMatch::indicator).contains(indicator);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        EXCESSIVE_HOURS          | Part-time, 18-20 hours per week.
        EXCESSIVE_HOURS          | Store opening hours 7:00-22:00; shifts of 8 hours.
        EXCESSIVE_HOURS          | Occasional overtime, paid at the overtime rate.
        EXCESSIVE_HOURS          | Work from 9 to 5, two days off a week.
        EXCESSIVE_HOURS          | Availability for day and night shifts on a rota.
        RESTRICTED_MOVEMENT      | Accommodation is available nearby for those who want it.
        RESTRICTED_MOVEMENT      | Phones are available for staff at the front desk.
        RESTRICTED_MOVEMENT      | Free shuttle bus to the city every hour.
        URGENCY                  | We are a limited company with offices in Madrid.
        URGENCY                  | Next week we will publish our annual report.
        RECRUITMENT_FEE          | The employer pays all fees, including visa and ticket.
        RECRUITMENT_FEE          | Relocation costs up to EUR 5,000 are reimbursed by the company.
        RECRUITMENT_FEE          | A weekly contribution of EUR 95 is settled through payroll.
        RECRUITMENT_FEE          | Gaji RM 3,500 sebulan.
        """)
    void leavesFairWordingAloneInTheFifthRound(Indicator indicator, String sentence) {
        assertThat(detect(sentence)).extracting(IndicatorMatch::indicator).doesNotContain(indicator);
    }

    @ParameterizedTest(name = "{0}: {1} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
        EXCESSIVE_HOURS          | We never ask for overtime until the shrimp is finished.   | Overtime until the shrimp is finished.
        RESTRICTED_MOVEMENT      | Workers are not told to stay inside the house.            | Workers stay inside the house.
        RESTRICTED_MOVEMENT      | Live-in is not required.                                  | Live-in is required.
        URGENCY                  | Les places ne sont pas limitées.                          | Les places sont limitées.
        RECRUITMENT_FEE          | There is no processing fee P35,000 to pay.                | Processing fee P35,000 to pay.
        RECRUITMENT_FEE          | Nothing is payable by the candidate.                      | EUR 900 is payable by the candidate.
        """)
    void aNegationNegatesTheFifthRoundFamilies(Indicator indicator, String negated, String affirmed) {
        assertThat(detect(affirmed)).as("without the negation").extracting(IndicatorMatch::indicator).contains(indicator);
        assertThat(detect(negated)).extracting(IndicatorMatch::indicator).doesNotContain(indicator);
    }
}
